export type { Observation, ObservationConfidence } from './observation';
export type {
  GenusProfile,
  ConfidenceMarkers,
  EcologicalContext,
  Lookalike,
  SpeciesEntry,
  UKOccurrence,
} from './genus';
export type {
  Heuristic,
  HeuristicCategory,
  HeuristicPriority,
  HeuristicConclusion,
  HeuristicOutcome,
  HeuristicException,
  HeuristicAppliesTo,
  ProcedureStep,
  ConfidenceLevel,
} from './heuristic';
export type {
  IdentificationResult,
  ActivatedHeuristic,
  Candidate,
  Evidence,
  EvidenceTier,
  SafetyAssessment,
  SafetyWarning,
  LookalikeWarning,
  EdibilityInfo,
  EdibilityStatus,
  ToxicityLevel,
  SuggestedAction,
  RuleActivation,
  RuleRelevance,
  DisambiguationQuestion,
  AmbiguityFlag,
  FollowUpQuestion,
} from './identification';
export type {
  UserModel,
  CompetencyRecord,
  CompetencyStatus,
  EvidenceEntry,
  EvidenceType,
  CalibrationData,
  UserContribution,
  ContributionType,
  ContributionStatus,
} from './user';
export type { IdentificationSession } from './session';
export type {
  LLMSettings,
  LLMContentPart,
  LLMMessage,
  LLMRequest,
  LLMResponse,
  FieldConfidence,
  LLMDirectIdentification,
  LLMExtractionResult,
  LLMExplanation,
  LLMUsageRecord,
  LLMOpinion,
} from './llm';
export { DEFAULT_LLM_SETTINGS } from './llm';
export type {
  CardType,
  ReviewCard,
  ReviewResult,
  ReviewSession,
  TrainingModule,
  TrainingContent,
} from './learning';
