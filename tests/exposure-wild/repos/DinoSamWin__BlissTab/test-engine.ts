import { runCompanionPipeline } from './src/services/perspectiveEngine';
import { PerspectiveRouterContext } from './src/types';
import fetch from 'node-fetch';
