import { useState, useEffect, useCallback, useRef, forwardRef, useImperativeHandle } from 'react'
import { Button, Select, Modal, Notification } from 'animal-island-ui'
import {
} from '../config/sensenova'
import { IMAGE_COUNTS } from '../config/api'
import {
} from '../services/sensenova'
import type { SenseNovaImageHistoryItem, RequestResult, ApiResponse } from '../types'
import {
} from '../utils/helpers'
import ImagePreview from './ImagePreview'
export interface SenseNovaImageHandle {
export default SenseNovaImage
