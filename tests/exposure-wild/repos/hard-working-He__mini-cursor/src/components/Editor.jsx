import React, { useEffect, useRef } from 'react';
import './Editor.css';
import { EditorState } from '@codemirror/state';
import { 
} from '@codemirror/view';
import { 
} from '@codemirror/commands';
import { 
} from '@codemirror/language';
import { javascript } from '@codemirror/lang-javascript';
import { oneDark } from '@codemirror/theme-one-dark';
export default Editor; 
