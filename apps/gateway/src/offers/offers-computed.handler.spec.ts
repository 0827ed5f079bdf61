import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException } from '@los/common';
import { ApplicationStatus, ErrorCode, EventType, type ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import type { ApplicationLifecycle, TransitionRequest } from '../applications/lifecycle/application-lifecycle.service.js';
import { OffersComputedHandler } from './offers-computed.handler.js';

const APP = '9f1c2e1a-1111-4222-8333-444455556666';
const EVENT = { type: EventType.OffersComputed, commandId: 'c', eventId: 'e', correlationId: 'r' } as ResultEvent;
const MANAGER = {} as EntityManager;

function setup(refuse?: ErrorCode) {
  const moves: TransitionRequest[] = [];
  const lifecycle = {
    transition: (_manager: EntityManager, request: TransitionRequest) => {
      if (refuse) return Promise.reject(new AppException(refuse, 'no'));
      moves.push(request);
      return Promise.resolve({});
    },
  } as unknown as ApplicationLifecycle;
  return { moves, sut: new OffersComputedHandler(lifecycle) };
}

describe('OffersComputedHandler', () => {
  it('moves a verified application to OFFERS_READY when a lender offered', async () => {
    const { moves, sut } = setup();
    await sut.apply({ applicationId: APP, eligibleCount: 2 }, EVENT, MANAGER);
    assert.deepEqual(
      moves.map((move) => [move.applicationId, move.expectedFrom, move.to]),
      [[APP, ApplicationStatus.KycVerified, ApplicationStatus.OffersReady]],
    );
  });

  it('moves it to NO_OFFERS when no lender offered', async () => {
    const { moves, sut } = setup();
    await sut.apply({ applicationId: APP, eligibleCount: 0 }, EVENT, MANAGER);
    assert.deepEqual(
      moves.map((move) => move.to),
      [ApplicationStatus.NoOffers],
    );
  });

  it('leaves an application that moved meanwhile where it is, and lets other errors through', async () => {
    await setup(ErrorCode.InvalidTransition).sut.apply({ applicationId: APP, eligibleCount: 1 }, EVENT, MANAGER);
    await assert.rejects(setup(ErrorCode.NotFound).sut.apply({ applicationId: APP, eligibleCount: 1 }, EVENT, MANAGER), {
      code: ErrorCode.NotFound,
    });
  });
});
