import React from 'react';
export default App;
