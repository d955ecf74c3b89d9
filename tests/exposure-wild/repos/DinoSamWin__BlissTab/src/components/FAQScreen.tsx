import React, { useState } from 'react';
import { ChevronDown, ShieldCheck } from 'lucide-react';
            <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd) }} />
export default FAQScreen;
