import { randomBytes } from 'node:crypto';

const prefixOf = (applicationId: string, documentId: string) => `applications/${applicationId}/documents/${documentId}`;
const unguessable = () => randomBytes(16).toString('hex');

/** Where one upload form may write: fresh per form, so no form, leaked or kept, names another object. */
export const uploadKeyOf = (applicationId: string, documentId: string) => `${prefixOf(applicationId, documentId)}/uploads/${unguessable()}`;

/** Where a checked copy lives: no upload form's policy names it, so only the gateway writes there. */
export const checkedKeyOf = (applicationId: string, documentId: string) =>
  `${prefixOf(applicationId, documentId)}/checked/${unguessable()}`;
