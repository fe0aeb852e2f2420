import type { Response } from 'express';
import type { FieldProblem } from '../src/app/domain/rules';

/** Every refusal has one shape: a sentence for people, the fields it concerns, and extras (409's current record). */
export function refuse(
  res: Response,
  status: number,
  message: string,
  problems: FieldProblem[] = [],
  extra: object = {},
) {
  res.status(status).json({ message, problems, ...extra });
}
