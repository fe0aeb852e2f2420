import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { problemText } from '../../domain/problem-text';
import type { Problem } from '../../domain/problems';

/** A problem as a sentence beside its field: "Must not be negative." */
export function sentence(p: Problem): string {
  const text = problemText(p);
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/**
 * A validator reporting the shared rules' problems for one control: `problems` gives every
 * problem of the form's record (computed once per value), `field` the problem fields this
 * control stands for. The form explains what the API would refuse, before anything is sent.
 */
export function ruleValidator(
  problems: () => readonly Problem[],
  field: (problemField: string) => boolean,
): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    if (!control.parent) return null;
    const mine = problems().filter((p) => field(p.field));
    return mine.length ? { rule: mine.map(sentence).join(' ') } : null;
  };
}

/** Re-runs every control's validators after a change elsewhere in the form. */
export function revalidate(control: AbstractControl): void {
  const children = 'controls' in control ? Object.values(control.controls as object) : [];
  for (const child of children as AbstractControl[]) revalidate(child);
  control.updateValueAndValidity({ onlySelf: true, emitEvent: false });
}

/** The rule message on a control, if any. */
export function ruleError(control: AbstractControl | null): string | null {
  return (control?.errors?.['rule'] as string | undefined) ?? null;
}
