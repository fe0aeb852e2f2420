import type { Response } from 'express';
import { problemText } from './problem-text';
import { refusalMessage, type Refusal } from '../src/app/domain/refusal-text';

/**
 * Every refusal has one shape: a code and its parameters (the app writes the sentence in its
 * reader's language from them), the English sentence for logs and scripts, the fields it
 * concerns (each with its code, parameters and text), and extras (409's current record).
 */
export function refuse(
  res: Response,
  status: number,
  refusal: string | Refusal,
  extra: object = {},
) {
  const {
    code,
    params = {},
    problems = [],
  } = typeof refusal === 'string' ? { code: refusal } : refusal;
  res.status(status).json({
    code,
    params,
    message: refusalMessage({ code, params, problems }),
    problems: problems.map((p) => ({ ...p, message: problemText(p) })),
    ...extra,
  });
}
