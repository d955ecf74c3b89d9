import React, { useEffect, useMemo, useState } from 'react';
import classesAPI from '../../services/classes';
import assignmentsAPI from '../../services/assignments';
import './Teacher.css';
export default function TeacherAssignments() {
