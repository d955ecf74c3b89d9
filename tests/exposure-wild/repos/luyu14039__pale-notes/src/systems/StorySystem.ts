import { StoryEvent, StoryOption, StoryTrigger } from '@/types/story';
import { STORY_EVENTS } from '@/data/storyEvents';
import { GameState } from '@/stores/game';
import { getItemTemplate } from '@/constants/items';
export class StorySystem {
export const storySystem = new StorySystem();
