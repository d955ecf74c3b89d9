'use client';
import React, { useState, useRef, useEffect } from 'react';
import { Issue } from '@/types';
export default ImageAnnotation;
