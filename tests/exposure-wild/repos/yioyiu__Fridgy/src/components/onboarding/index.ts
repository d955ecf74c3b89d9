export { default as OnboardingScreen } from './OnboardingScreen';
