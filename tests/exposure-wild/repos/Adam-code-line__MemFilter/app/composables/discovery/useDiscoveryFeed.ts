import { computed, ref, unref, type Ref } from '#imports'
import type { MemoryRawItem } from '~/composables/services/useIngestionService'
export interface DiscoveryFeedItem {
export interface DiscoveryTopic {
export interface DiscoveryCollection {
export const useDiscoveryFeed = ({ items }: UseDiscoveryFeedOptions) => {
