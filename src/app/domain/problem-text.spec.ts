import { describeProblem, problemText } from './problem-text';
import { problemFromMessage, schemaMessage } from './problems';
import { activitySchema, describeIssues } from './schema';
import { activity } from './testing';

describe('problem text', () => {
  it('turns a schema issue into a problem and the problem into a sentence about the field', () => {
    const parsed = activitySchema.safeParse({
      ...activity(),
      participants: { total: -5, female: 1, male: 2 },
    });
    expect(parsed.success).toBeFalse();
    const [problem] = describeIssues(parsed.error!);
    expect(problem).toEqual({ field: 'participants.total', code: 'negative' });
    expect(describeProblem(problem!)).toBe('participants.total: must not be negative');
  });

  it('carries a parameter through the schema message', () => {
    const problem = problemFromMessage('title', schemaMessage('max-length', 200));
    expect(problem).toEqual({ field: 'title', code: 'max-length', params: { value: '200' } });
    expect(problemText(problem)).toBe('must be at most 200 characters');
    expect(problemText(problemFromMessage('type', schemaMessage('one-of', 'a|b')))).toBe(
      'must be one of: a, b',
    );
  });

  it('keeps a message it does not know as the detail of an "invalid" problem', () => {
    const problem = problemFromMessage('measure', 'Invalid input');
    expect(problem.code).toBe('invalid');
    expect(problemText(problem)).toBe('Invalid input');
  });

  it('names the kind of an unknown reference', () => {
    expect(
      problemText({
        field: 'members',
        code: 'unknown-reference',
        params: { kind: 'member', values: 'ZZZ' },
      }),
    ).toBe('unknown member code: ZZZ');
  });
});
