import { canonicalizeUrl, extractHostname } from './urlCanonicalService';
import { upsertGatewayMetadataIfMissing, fetchGatewayMetadata } from './supabaseService';
export async function fetchSiteMetadata(url: string, onBackgroundUpdate?: (metadata: SiteMetadata) => void): Promise<SiteMetadata | null> {
