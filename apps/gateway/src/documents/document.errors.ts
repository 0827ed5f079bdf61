import { AppException } from '@los/common';
import { ErrorCode } from '@los/contracts';

export const documentNotFound = () => new AppException(ErrorCode.NotFound, 'Document not found');

export const notUploadedYet = () => new AppException(ErrorCode.Conflict, 'The document has not been uploaded yet');

export const uploadRejected = () =>
  new AppException(ErrorCode.Conflict, 'The uploaded file did not match its declared size or content type; request a new upload');

export const uploadChangedDuringCheck = () =>
  new AppException(ErrorCode.Conflict, 'The uploaded file changed while it was being checked; confirm again');

export const documentLocked = () =>
  new AppException(
    ErrorCode.DocumentLocked,
    'The document was already checked and cannot be replaced; request a new upload for a new file',
  );

export const documentChanged = () =>
  new AppException(ErrorCode.DocumentChanged, 'The stored document no longer matches the checked one and will not be served');
