import React, { useState, useEffect, useCallback, useRef } from 'react';
import JSONEditor from 'jsoneditor';
import 'jsoneditor/dist/jsoneditor.min.css';
export default ConfigJsonEditor;
