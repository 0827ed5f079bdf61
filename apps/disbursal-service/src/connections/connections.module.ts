import { Module } from '@nestjs/common';
import { NbfcConnectivityModule, RpcPartnerConnectionSource } from '@los/nbfc';

/**
 * Live lender connections for disbursals: the offer service's `partner_connections` rows, read at boot through its
 * `offer.qry.partner-connections.v1` query; calls recorded in this service's own `partner_calls` and SLA breaches.
 */
@Module({
  imports: [NbfcConnectivityModule.register({ source: RpcPartnerConnectionSource })],
  exports: [NbfcConnectivityModule],
})
export class ConnectionsModule {}
