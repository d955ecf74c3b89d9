import React, { useState } from 'react';
import { ArrowIcon, getFileIcon } from './FileIcons';
import './FileTree.css';
export default FileTree; 
