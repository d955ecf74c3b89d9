import * as THREE from 'three';
import { processImageUrl } from './utils/imageUrlUtils';
