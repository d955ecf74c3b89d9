import React, { useState } from 'react';
import ConfigJsonEditor from './ConfigJsonEditor';
export default FieldMappingDoc;
