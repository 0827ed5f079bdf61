/** Versioned names of every message that crosses the Redis transport. */
export enum MessagePattern {
  KycProbe = 'kyc.cmd.probe.v1',
  KycProbeStatus = 'kyc.qry.probe-status.v1',
}

/** Versioned names of the result events services report back through the durable event path. */
export enum EventType {
  KycProbeCompleted = 'kyc.evt.probe-completed.v1',
}
