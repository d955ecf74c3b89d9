import { useState, useCallback } from 'react';
import { LotteryConfig } from '../types/lottery';

export function useNumberSelection(config: LotteryConfig) {
  const [redBalls, setRedBalls] = useState<number[]>([]);
  const [blueBalls, setBlueBalls] = useState<number[]>([]);
  const [dragonBallTrigger, setDragonBallTrigger] = useState(0);

  const triggerDragonBallAnimation = useCallback(() => {
    setDragonBallTrigger(prev => prev + 1);
  }, []);

  const toggleRedBall = useCallback((num: number) => {
    setRedBalls(prev => {
      if (prev.includes(num)) {
        return prev.filter(n => n !== num);
      }

      if (prev.length >= config.redBalls.count) {
        return prev;
      }

      triggerDragonBallAnimation();
      navigator.vibrate(50);

      return [...prev, num].sort((a, b) => a - b);
    });
  }, [config.redBalls.count, triggerDragonBallAnimation]);

  const toggleBlueBall = useCallback((num: number) => {
    setBlueBalls(prev => {
      if (prev.includes(num)) {
        return prev.filter(n => n !== num);
      }

      if (prev.length >= config.blueBalls.count) {
        return prev;
      }

      triggerDragonBallAnimation();
      navigator.vibrate(50);

      return [...prev, num].sort((a, b) => a - b);
    });
  }, [config.blueBalls.count, triggerDragonBallAnimation]);

  const clearSelection = useCallback(() => {
    setRedBalls([]);
    setBlueBalls([]);
  }, []);

  const setNumbers = useCallback((redBalls: number[], blueBalls: number[]) => {
    setRedBalls(redBalls);
    setBlueBalls(blueBalls);
  }, []);

  const isComplete = redBalls.length === config.redBalls.count &&
                    blueBalls.length === config.blueBalls.count;

  const redProgress = `${redBalls.length}/${config.redBalls.count}`;
  const blueProgress = `${blueBalls.length}/${config.blueBalls.count}`;

  return {
    redBalls,
    blueBalls,
    toggleRedBall,
    toggleBlueBall,
    clearSelection,
    setNumbers,
    isComplete,
    redProgress,
    blueProgress,
    dragonBallTrigger
  };
}
