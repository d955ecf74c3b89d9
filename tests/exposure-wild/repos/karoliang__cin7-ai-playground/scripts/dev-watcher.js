import chokidar from 'chokidar';
import { execSync } from 'child_process';
if (import.meta.url === `file://${process.argv[1]}`) {
export default DevelopmentWatcher;
