'use client';
import React, { useRef, useEffect, useState } from 'react';
import type { AnimationData, PhysicsObject, ExperimentScene } from '../workflow/engine';
        const THREE = await import('three');
      const THREE = await import('three');
export default function PhysicsRenderer(props: PhysicsRendererProps) {
