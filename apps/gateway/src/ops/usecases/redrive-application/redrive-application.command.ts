export interface RedriveApplicationCommand {
  applicationId: string;
  /** Who re-drives, as the status log names actors (`user:<id>`). */
  actor: string;
}
