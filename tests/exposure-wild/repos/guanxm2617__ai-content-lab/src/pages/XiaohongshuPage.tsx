import React, { useState, useEffect } from 'react';
import { 
} from '@nextui-org/react';
import { 
} from 'react-icons/fi';
import { streamZhipu } from '../api/zhipu';
import { useContentStore } from '../stores/contentStore';
export default XiaohongshuPage;
