import { useState, useEffect, useCallback } from 'react';
import { CodeArtifact } from '../types/chat';
import { DAYTONA_CONFIG } from '../config/daytona';
import { createBrowserDaytona } from '../utils/daytonaBrowser';
export type DevEnvironmentMode = 'local_simulation' | 'daytona_cloud';
export interface DevServerStatus {
export const useDevServer = (artifacts: CodeArtifact[]) => {
