 * Handles parsing and export of MusicXML and MVT files
import JSZip from 'jszip'
import type { MusicXMLData, MVTData, VisualMapping, Measure, Note } from '@/types'
export class FileService {
      // Add complete project JSON for re-import (machine-readable)
   * Export standalone JSON project file for re-import
