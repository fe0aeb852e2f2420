import type { Response } from 'express';
import { problemText } from './problem-text';
import type { Problem } from '../src/app/domain/problems';

/**
 * Every refusal has one shape: a sentence for people, the fields it concerns (each with its code,
 * parameters and text), and extras (409's current record).
 */
export function refuse(
  res: Response,
  status: number,
  message: string,
  problems: readonly Problem[] = [],
  extra: object = {},
) {
  res.status(status).json({
    message,
    problems: problems.map((p) => ({ ...p, message: problemText(p) })),
    ...extra,
  });
}
