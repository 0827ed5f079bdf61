import type { ProbeEntity } from './probe.entity.js';

export interface ProbeView {
  id: string;
  status: string;
  appliedCount: number;
  processedBy: string | null;
  createdAt: string;
  completedAt: string | null;
}

export function toProbeView(probe: ProbeEntity): ProbeView {
  return {
    id: probe.id,
    status: probe.status,
    appliedCount: probe.appliedCount,
    processedBy: probe.processedBy,
    createdAt: probe.createdAt.toISOString(),
    completedAt: probe.completedAt?.toISOString() ?? null,
  };
}
