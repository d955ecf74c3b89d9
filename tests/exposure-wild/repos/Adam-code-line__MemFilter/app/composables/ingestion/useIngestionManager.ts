import { useState } from '#app'
import { computed, ref } from '#imports'
import { useToast } from '#imports'
import type { MemoryRawItem, MemorySource } from '~~/composables/services/useIngestionService'
import { useIngestionApi } from './useIngestionApi'
export const useIngestionManager = () => {
export const resetIngestionState = () => {
