import type { ProgressInfo } from 'electron-updater'
import { useCallback, useEffect, useState } from 'react'
import Modal from '@/components/update/Modal'
import Progress from '@/components/update/Progress'
import './update.css'
     * @type {import('electron-updater').UpdateCheckResult | null | { message: string, error: Error }}
export default Update
