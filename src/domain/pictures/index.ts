// The three pictures of a programme: pure data, each built in one pass over the programme.
export {
  coverageMatrix,
  type CoverageColumn,
  type CoverageMatrix,
  type CoverageRow,
  type CoverageStatus,
} from './coverage';
export { hoursByPartner, hoursByStage, type PartnerHours, type StageHours } from './hours';
export {
  prerequisiteGraph,
  type EdgeStatus,
  type GraphNode,
  type PrerequisiteEdge,
  type PrerequisiteGraph,
} from './graph';
