import { Router, Request, Response } from 'express';
import { requireAuth, optionalAuth } from '../middleware/auth.js';
import { runPipeline, analyzeFoodByName } from '../services/food/pipeline.js';
import { saveUserCorrection } from '../services/food/sources/cache.js';
import { supabaseAdmin } from '../supabase/client.js';
export const foodRouter = Router();
