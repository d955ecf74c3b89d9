import request from '~/api/request';
import { areaList } from './areaData.js';
