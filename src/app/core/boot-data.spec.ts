import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Auth } from './auth';
import { BOOT_ID, peekBootData, takeBootData } from './boot-data';
import { BOOT_SESSION } from './boot-session';
import { startingLanguage } from './language';

function carry(text: string, type = 'application/json'): HTMLScriptElement {
  document.getElementById(BOOT_ID)?.remove();
  const block = document.createElement('script');
  block.type = type;
  block.id = BOOT_ID;
  block.textContent = text;
  document.head.append(block);
  return block;
}

const answer = {
  user: { id: 'u1', username: 'cochair', name: 'Co-chair', role: 'co-chair', language: 'id' },
  csrfToken: 't-1',
};

describe('the session the page carries', () => {
  afterEach(() => document.getElementById(BOOT_ID)?.remove());

  it('is read in place, then taken once', () => {
    carry(JSON.stringify(answer));
    expect(peekBootData()).toEqual(answer);
    expect(peekBootData()).toEqual(answer);
    expect(takeBootData()).toEqual(answer);
    expect(document.getElementById(BOOT_ID)).toBeNull();
    expect(takeBootData()).toBeNull();
  });

  it('is none when malformed or not a data block', () => {
    carry('{"user": ');
    expect(takeBootData()).toBeNull();
    carry(JSON.stringify(answer), 'text/plain');
    expect(peekBootData()).toBeNull();
  });

  it('starts the app in the account’s language unless a choice waits on this browser', () => {
    localStorage.removeItem('rso.language.waiting');
    localStorage.setItem('rso.language', 'en');
    expect(startingLanguage(answer)).toBe('id');
    expect(localStorage.getItem('rso.language')).toBe('id');
    localStorage.setItem('rso.language', 'en');
    localStorage.setItem('rso.language.waiting', '1');
    expect(startingLanguage(answer)).toBe('en');
    localStorage.removeItem('rso.language.waiting');
    expect(startingLanguage(null)).toBe('en');
    expect(startingLanguage({ user: { language: 'fr' } })).toBe('en');
  });

  // main.ts takes the block and hands it over (src/bootstrap.ts).
  describe('and the session check', () => {
    const authCarrying = (carried: unknown) => {
      TestBed.overrideProvider(BOOT_SESSION, { useValue: carried });
      backend = TestBed.inject(HttpTestingController);
      return TestBed.inject(Auth);
    };

    let backend: HttpTestingController;
    beforeEach(() => {
      TestBed.configureTestingModule({
        providers: [
          provideZonelessChangeDetection(),
          provideHttpClient(),
          provideHttpClientTesting(),
        ],
      });
    });
    afterEach(() => backend.verify());

    it('uses it without asking the API, token included', async () => {
      const auth = authCarrying(answer);
      expect(await auth.load()).toEqual(answer.user as never);
      expect(auth.csrfToken()).toBe('t-1');
      backend.expectNone('/api/session');
    });

    it('knows no one is signed in, and the demonstration accounts, without asking', async () => {
      const demo = [{ username: 'cochair', role: 'co-chair', password: 'cochair-demo' }];
      const auth = authCarrying({ user: null, demoUsers: demo });
      expect(await auth.load()).toBeNull();
      expect(auth.demoUsers()).toEqual(demo as never);
      backend.expectNone('/api/session');
    });

    it('asks the API when the page carries nothing usable', async () => {
      const auth = authCarrying({ user: null, csrfToken: 5 });
      const loaded = auth.load();
      backend.expectOne('/api/session').flush(answer);
      expect(await loaded).toEqual(answer.user as never);
    });
  });
});
