import { useState, useEffect } from 'react';
export function OnboardingOverlay() {
