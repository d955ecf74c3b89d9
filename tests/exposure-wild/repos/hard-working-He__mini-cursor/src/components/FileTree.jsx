import React, { useState } from 'react';
export default FileTree; 
