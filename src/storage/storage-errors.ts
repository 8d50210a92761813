/** What went wrong with browser storage, in the terms the UI explains to a user. */
export type StorageFailureKind =
  /** The disk or the origin's quota is full. */
  | 'quota'
  /** IndexedDB is missing or refuses to open (private mode, disabled, broken profile). */
  | 'unavailable'
  /** The connection was closed (another tab upgraded the database, or the browser closed it). */
  | 'closed'
  /** A newer version of the app owns the database. */
  | 'newerVersion'
  /** Another write changed the record first (revision check). */
  | 'conflict'
  /** The record does not exist (e.g. deleted in another tab). */
  | 'notFound'
  /** Anything else. */
  | 'unknown';

/** A storage failure with its kind, for the UI; the original error is kept as the cause. */
export class StorageFailure extends Error {
  readonly kind: StorageFailureKind;

  constructor(kind: StorageFailureKind, message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'StorageFailure';
    this.kind = kind;
  }
}

function nameOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

function codeOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'number'
    ? error.code
    : undefined;
}

/**
 * Tell whether an error means the storage quota is exceeded, in any of the shapes browsers use:
 * `QuotaExceededError`, Firefox's `NS_ERROR_DOM_QUOTA_REACHED` (code 1014), the legacy code 22, and an
 * `AbortError` whose transaction error (`cause` or `.error`) is one of those.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (error === null || error === undefined || depth > 3) return false;
  const name = nameOf(error);
  const code = codeOf(error);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (code === 22 || code === 1014) return true;
  if (typeof error === 'object') {
    const inner = error as { error?: unknown; cause?: unknown; target?: { error?: unknown } };
    return (
      isQuotaError(inner.error, depth + 1) ||
      isQuotaError(inner.cause, depth + 1) ||
      isQuotaError(inner.target?.error, depth + 1)
    );
  }
  return false;
}

/** Turn any error from IndexedDB into a {@link StorageFailure} with the kind the UI explains. */
export function classifyStorageError(error: unknown): StorageFailure {
  if (error instanceof StorageFailure) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (isQuotaError(error)) return new StorageFailure('quota', message, error);
  const name = nameOf(error);
  if (name === 'VersionError') return new StorageFailure('newerVersion', message, error);
  if (name === 'InvalidStateError') return new StorageFailure('closed', message, error);
  if (name === 'UnknownError' || name === 'SecurityError' || name === 'NotFoundError') {
    return new StorageFailure('unavailable', message, error);
  }
  return new StorageFailure('unknown', message, error);
}
