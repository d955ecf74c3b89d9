import NetlifyMonitor from './netlify-monitor.js';
import { execSync } from 'child_process';
    const fs = await import('fs');
if (import.meta.url === `file://${process.argv[1]}`) {
export default ContinuousMonitor;
