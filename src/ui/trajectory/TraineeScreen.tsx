import { GoalsPanel } from './GoalsPanel';
import { TrajectoryChecks } from './TrajectoryChecks';
import { TrajectoryExports } from './TrajectoryExports';
import { TrajectoryPanel } from './TrajectoryPanel';
import './trajectory.css';

/** Trainee mode: goals on the left, the trajectory in the middle, checks and exports at the side. */
export default function TraineeScreen() {
  return (
    <main className="workspace trainee-workspace" id="editor">
      <GoalsPanel />
      <TrajectoryPanel />
      <div className="side">
        <TrajectoryChecks />
        <TrajectoryExports />
      </div>
    </main>
  );
}
