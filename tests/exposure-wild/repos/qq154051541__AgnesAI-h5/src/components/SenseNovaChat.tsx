import { useState, useEffect, useCallback, useRef } from 'react'
import { Button, Notification } from 'animal-island-ui'
import {
} from '../config/sensenova'
import {
} from '../services/sensenova'
import type {
} from '../types'
import {
} from '../utils/helpers'
import ImagePreview from './ImagePreview'
export default function SenseNovaChat({
