// Renewal (issue 5): policy, backoff, ARI and the scheduler. The notifier lives beside them.
export {
  planRenewal,
  isManualChallenge,
  renewalFraction,
  SHORT_LIFETIME_MS,
  EMERGENCY_FRACTION,
  type RenewalPlan,
  type PlanOptions,
} from './policy.ts';
export {
  backoffDelay,
  failureStreak,
  nextRetryAt,
  describeDelay,
  BACKOFF_STEPS_MS,
  BACKOFF_DAILY_MS,
  BACKOFF_EMERGENCY_MS,
  NON_RETRYABLE_CODES,
  RETRY_ONCE_CODES,
  type FailureStreak,
} from './backoff.ts';
export {
  ariCertId,
  certIdFromParts,
  certIdParts,
  fetchRenewalInfo,
  applyRenewalInfo,
  ARI_DEFAULT_RECHECK_MS,
  type RenewalInfo,
  type FetchRenewalInfoOptions,
} from './ari.ts';
export {
  createScheduler,
  engineAdapter,
  DEFAULT_MAX_CONCURRENT,
  DEFAULT_START_DELAY_MAX_MS,
  DEFAULT_MAX_SLEEP_MS,
  type Scheduler,
  type SchedulerOptions,
  type SchedulerEvent,
  type SchedulerState,
  type RenewalEngine,
  type AttentionItem,
} from './scheduler.ts';
