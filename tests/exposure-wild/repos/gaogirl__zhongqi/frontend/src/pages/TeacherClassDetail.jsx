import React, { useEffect, useState } from 'react';
import { useParams, useNavigate } from 'react-router-dom';
import classesAPI from '../services/classes';
import assignmentsAPI from '../services/assignments';
export default function TeacherClassDetail() {
