import React, { useState, useEffect } from 'react';
import NotebookLoadingAnimation from '../../loading/components/NotebookLoadingAnimation';
export default function ProcessingView({ stage = 'queued', progress = 0 }: ProcessingViewProps) {
