import { describe, it, expect, vi, beforeEach } from 'vitest';
import { setActivePinia, createPinia } from 'pinia';
    const { useTodoStore } = await import('@/stores/modules/todo.js');
