import { NextRequest, NextResponse } from 'next/server';
import { spawn } from 'child_process';
import path from 'path';
import fs from 'fs';
import os from 'os';
export const maxDuration = 60;
  const apiKey = process.env.MINIMAX_API_KEY;
export async function POST(req: NextRequest) {
