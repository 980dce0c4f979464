<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>atlas.caution</name>
    <message>
        <source>Abdominal cavity</source>
        <translation>Cavidad abdominal</translation>
    </message>
    <message>
        <source>At the wrist the ulnar nerve and artery run under the flexor carpi ulnaris tendon into Guyon&apos;s canal beside the pisiform.</source>
        <translation>En la muñeca, el nervio y la arteria cubitales discurren bajo el tendón del flexor cubital del carpo hacia el canal de Guyon, junto al pisiforme.</translation>
    </message>
    <message>
        <source>Behind the knee the tibial and common peroneal nerves, the popliteal artery and vein lie under skin and fascia between the hamstring tendons and the heads of gastrocnemius. Needle popliteus and plantaris from the side, away from the pulse.</source>
        <translation>Detrás de la rodilla, los nervios tibial y peroneo común y la arteria y la vena poplíteas están bajo la piel y la fascia, entre los tendones de los isquiotibiales y las cabezas del gastrocnemio. Puncione el poplíteo y el plantar desde un lado, lejos del pulso.</translation>
    </message>
    <message>
        <source>Behind the medial epicondyle the ulnar nerve lies in its groove under skin and thin fascia (the &apos;funny bone&apos;), then enters flexor carpi ulnaris.</source>
        <translation>Detrás del epicóndilo medial, el nervio cubital está en su surco bajo la piel y una fascia fina (el &apos;hueso de la risa&apos;), y después entra en el flexor cubital del carpo.</translation>
    </message>
    <message>
        <source>Below and lateral to the scapula the lungs reach about the 10th rib beside the spine (the pleural recess down to the 12th), under lower trapezius, latissimus dorsi, iliocostalis and serratus. A needle through the intercostal space can puncture the pleura and cause a pneumothorax; breathlessness or chest pain after needling here needs urgent assessment.</source>
        <translation>Por debajo y por fuera de la escápula, los pulmones llegan hasta aproximadamente la 10.ª costilla junto a la columna (el receso pleural, hasta la 12.ª), bajo el trapecio inferior, el dorsal ancho, el iliocostal y el serrato. Una aguja a través del espacio intercostal puede perforar la pleura y causar un neumotórax; la falta de aire o el dolor torácico tras puncionar aquí requieren valoración urgente.</translation>
    </message>
    <message>
        <source>Between the spine and the medial border of the scapula only trapezius, the rhomboids and thin serratus posterior cover the ribs; the pleura lies just beneath. Needle tangentially or onto a rib held between two fingers. A needle through the intercostal space can puncture the pleura and cause a pneumothorax; breathlessness or chest pain after needling here needs urgent assessment.</source>
        <translation>Entre la columna y el borde medial de la escápula solo el trapecio, los romboides y el fino serrato posterior cubren las costillas; la pleura está justo debajo. Puncione en dirección tangencial o sobre una costilla sujeta entre dos dedos. Una aguja a través del espacio intercostal puede perforar la pleura y causar un neumotórax; la falta de aire o el dolor torácico tras puncionar aquí requieren valoración urgente.</translation>
    </message>
    <message>
        <source>Brachial plexus and subclavian vessels</source>
        <translation>Plexo braquial y vasos subclavios</translation>
    </message>
    <message>
        <source>Carotid sheath</source>
        <translation>Vaina carotídea</translation>
    </message>
    <message>
        <source>Femoral nerve, artery and vein</source>
        <translation>Nervio, arteria y vena femorales</translation>
    </message>
    <message>
        <source>In the cubital fossa the median nerve lies medial to the brachial artery and the biceps tendon; in the forearm it runs deep to flexor digitorum superficialis and at the wrist between the flexor carpi radialis and palmaris longus tendons into the carpal tunnel.</source>
        <translation>En la fosa del codo, el nervio mediano está medial a la arteria braquial y al tendón del bíceps; en el antebrazo discurre profundo al flexor superficial de los dedos y, en la muñeca, entre los tendones del flexor radial del carpo y del palmar largo hacia el túnel carpiano.</translation>
    </message>
    <message>
        <source>In the femoral triangle below the inguinal ligament the femoral nerve, artery and vein lie side by side (lateral to medial) under skin and fascia, then run under sartorius in the adductor canal. Needle iliopsoas, pectineus and the adductors away from the femoral pulse.</source>
        <translation>En el triángulo femoral, bajo el ligamento inguinal, el nervio, la arteria y la vena femorales están uno junto a otro (de lateral a medial) bajo la piel y la fascia, y después discurren bajo el sartorio en el canal de los aductores. Puncione el iliopsoas, el pectíneo y los aductores lejos del pulso femoral.</translation>
    </message>
    <message>
        <source>Kidney</source>
        <translation>Riñón</translation>
    </message>
    <message>
        <source>Lung and pleura (between the shoulder blades)</source>
        <translation>Pulmón y pleura (entre las escápulas)</translation>
    </message>
    <message>
        <source>Lung and pleura (front of the chest)</source>
        <translation>Pulmón y pleura (parte anterior del tórax)</translation>
    </message>
    <message>
        <source>Lung and pleura (lower back of the chest)</source>
        <translation>Pulmón y pleura (parte posterior inferior del tórax)</translation>
    </message>
    <message>
        <source>Lung apex (above the clavicle)</source>
        <translation>Vértice pulmonar (por encima de la clavícula)</translation>
    </message>
    <message>
        <source>Lung apex (root of the neck)</source>
        <translation>Vértice pulmonar (raíz del cuello)</translation>
    </message>
    <message>
        <source>Median nerve</source>
        <translation>Nervio mediano</translation>
    </message>
    <message>
        <source>Popliteal fossa</source>
        <translation>Fosa poplítea</translation>
    </message>
    <message>
        <source>Sciatic nerve</source>
        <translation>Nervio ciático</translation>
    </message>
    <message>
        <source>The brachial plexus and subclavian artery pass between the anterior and middle scalenes, over the first rib under the clavicle and beneath pectoralis minor to the axilla. Nerve contact gives an electric shock down the arm; the subclavian vessels cannot be compressed.</source>
        <translation>El plexo braquial y la arteria subclavia pasan entre los escalenos anterior y medio, sobre la primera costilla bajo la clavícula y bajo el pectoral menor hasta la axila. El contacto con el nervio produce una descarga eléctrica que baja por el brazo; los vasos subclavios no se pueden comprimir.</translation>
    </message>
    <message>
        <source>The common carotid artery, internal jugular vein and vagus nerve run under the anterior border of sternocleidomastoid. Needle the muscle by pincer grip, away from the pulse.</source>
        <translation>La arteria carótida común, la vena yugular interna y el nervio vago discurren bajo el borde anterior del esternocleidomastoideo. Puncione el músculo con agarre en pinza, lejos del pulso.</translation>
    </message>
    <message>
        <source>The dome of the pleura and the lung apex rise 2-3 cm above the medial third of the clavicle, behind the scalenes and the lower sternocleidomastoid. A needle through the intercostal space can puncture the pleura and cause a pneumothorax; breathlessness or chest pain after needling here needs urgent assessment.</source>
        <translation>La cúpula pleural y el vértice pulmonar ascienden 2-3 cm por encima del tercio medial de la clavícula, detrás de los escalenos y de la parte inferior del esternocleidomastoideo. Una aguja a través del espacio intercostal puede perforar la pleura y causar un neumotórax; la falta de aire o el dolor torácico tras puncionar aquí requieren valoración urgente.</translation>
    </message>
    <message>
        <source>The kidneys lie from about T12 to L3 in front of quadratus lumborum and the lateral erector spinae, their upper poles under the 12th rib and the pleural recess. A deep perpendicular needle lateral to the erector spinae, or one aimed at quadratus lumborum from the side, can reach the kidney.</source>
        <translation>Los riñones se sitúan aproximadamente de T12 a L3, por delante del cuadrado lumbar y del erector de la columna lateral, con sus polos superiores bajo la 12.ª costilla y el receso pleural. Una aguja profunda perpendicular lateral al erector de la columna, o una dirigida al cuadrado lumbar desde el lado, puede alcanzar el riñón.</translation>
    </message>
    <message>
        <source>The lungs lie under pectoralis major and minor and the intercostals from the clavicle to about the 6th rib at the midclavicular line and the 8th at the side; on the left the heart lies under the lower medial part. A needle through the intercostal space can puncture the pleura and cause a pneumothorax; breathlessness or chest pain after needling here needs urgent assessment.</source>
        <translation>Los pulmones están bajo los pectorales mayor y menor y los intercostales, desde la clavícula hasta aproximadamente la 6.ª costilla en la línea medioclavicular y la 8.ª en el costado; en el lado izquierdo el corazón está bajo la parte medial inferior. Una aguja a través del espacio intercostal puede perforar la pleura y causar un neumotórax; la falta de aire o el dolor torácico tras puncionar aquí requieren valoración urgente.</translation>
    </message>
    <message>
        <source>The sciatic nerve leaves the pelvis under piriformis, runs down midway between the ischial tuberosity and the greater trochanter under gluteus maximus and then under the hamstrings to the top of the popliteal fossa. A long needle into piriformis or the deep hamstrings can reach it.</source>
        <translation>El nervio ciático sale de la pelvis bajo el piriforme, desciende a medio camino entre la tuberosidad isquiática y el trocánter mayor bajo el glúteo mayor y después bajo los isquiotibiales hasta la parte alta de la fosa poplítea. Una aguja larga en el piriforme o en los isquiotibiales profundos puede alcanzarlo.</translation>
    </message>
    <message>
        <source>The vertebral artery runs up through the transverse foramina and across the posterior arch of the atlas in the suboccipital triangle, under semispinalis and the suboccipital muscles; deep needling toward the opposite eye or medially can reach it (and, near the midline, the spinal canal).</source>
        <translation>La arteria vertebral asciende por los agujeros transversos y cruza el arco posterior del atlas en el triángulo suboccipital, bajo el semiespinoso y los músculos suboccipitales; una punción profunda dirigida hacia el ojo opuesto o en dirección medial puede alcanzarla (y, cerca de la línea media, el conducto vertebral).</translation>
    </message>
    <message>
        <source>Ulnar nerve (medial elbow)</source>
        <translation>Nervio cubital (codo medial)</translation>
    </message>
    <message>
        <source>Ulnar nerve (wrist)</source>
        <translation>Nervio cubital (muñeca)</translation>
    </message>
    <message>
        <source>Under rectus abdominis, the obliques and transversus lie the peritoneum and the bowel (liver and spleen under the lower ribs). The wall is thin in slim patients; needle the wall muscles by lifting them or tangentially.</source>
        <translation>Bajo el recto del abdomen, los oblicuos y el transverso están el peritoneo y el intestino (el hígado y el bazo bajo las costillas inferiores). La pared es delgada en pacientes delgados; puncione los músculos de la pared levantándolos o en dirección tangencial.</translation>
    </message>
    <message>
        <source>Under the upper trapezius between the neck and the acromion the lung apex lies below the first rib; a long needle aimed down toward the chest reaches it. A needle through the intercostal space can puncture the pleura and cause a pneumothorax; breathlessness or chest pain after needling here needs urgent assessment.</source>
        <translation>Bajo el trapecio superior, entre el cuello y el acromion, el vértice pulmonar está por debajo de la primera costilla; una aguja larga dirigida hacia abajo, hacia el tórax, lo alcanza. Una aguja a través del espacio intercostal puede perforar la pleura y causar un neumotórax; la falta de aire o el dolor torácico tras puncionar aquí requieren valoración urgente.</translation>
    </message>
    <message>
        <source>Vertebral artery</source>
        <translation>Arteria vertebral</translation>
    </message>
</context>
<context>
    <name>atlas.landmark</name>
    <message>
        <source>Achilles tendon</source>
        <translation>Tendón de Aquiles</translation>
    </message>
    <message>
        <source>Acromion</source>
        <translation>Acromion</translation>
    </message>
    <message>
        <source>Angle of the jaw</source>
        <translation>Ángulo de la mandíbula</translation>
    </message>
    <message>
        <source>Angle of the neck</source>
        <translation>Ángulo del cuello</translation>
    </message>
    <message>
        <source>Anococcygeal region (between the coccyx and the anus)</source>
        <translation>Región anococcígea (entre el cóccix y el ano)</translation>
    </message>
    <message>
        <source>Anterior ankle</source>
        <translation>Tobillo, cara anterior</translation>
    </message>
    <message>
        <source>Anterior arm</source>
        <translation>Brazo, cara anterior</translation>
    </message>
    <message>
        <source>Anterior chest</source>
        <translation>Tórax, cara anterior</translation>
    </message>
    <message>
        <source>Anterior knee</source>
        <translation>Rodilla, cara anterior</translation>
    </message>
    <message>
        <source>Anterior shoulder</source>
        <translation>Hombro, cara anterior</translation>
    </message>
    <message>
        <source>Anterior thigh</source>
        <translation>Muslo, cara anterior</translation>
    </message>
    <message>
        <source>Axilla</source>
        <translation>Axila</translation>
    </message>
    <message>
        <source>Ball of the big toe (1st metatarsal head)</source>
        <translation>Almohadilla del dedo gordo (cabeza del 1.er metatarsiano)</translation>
    </message>
    <message>
        <source>Ball of the foot (plantar forefoot)</source>
        <translation>Antepié plantar (almohadilla del pie)</translation>
    </message>
    <message>
        <source>Between the shoulder blades</source>
        <translation>Región interescapular</translation>
    </message>
    <message>
        <source>Big toe</source>
        <translation>Dedo gordo del pie</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Nalga</translation>
    </message>
    <message>
        <source>C2 spinous process</source>
        <translation>Apófisis espinosa de C2</translation>
    </message>
    <message>
        <source>C5 spinous process</source>
        <translation>Apófisis espinosa de C5</translation>
    </message>
    <message>
        <source>C7 spinous process</source>
        <translation>Apófisis espinosa de C7</translation>
    </message>
    <message>
        <source>Calf</source>
        <translation>Pantorrilla</translation>
    </message>
    <message>
        <source>Cheek</source>
        <translation>Mejilla</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>Mentón</translation>
    </message>
    <message>
        <source>Clavicle</source>
        <translation>Clavícula</translation>
    </message>
    <message>
        <source>Coccyx</source>
        <translation>Cóccix</translation>
    </message>
    <message>
        <source>Cubital fossa (front of elbow)</source>
        <translation>Fosa del codo (cara anterior del codo)</translation>
    </message>
    <message>
        <source>Dorsal foot</source>
        <translation>Dorso del pie</translation>
    </message>
    <message>
        <source>Dorsal forearm</source>
        <translation>Antebrazo, cara dorsal</translation>
    </message>
    <message>
        <source>Dorsal hand</source>
        <translation>Dorso de la mano</translation>
    </message>
    <message>
        <source>Dorsal wrist</source>
        <translation>Muñeca, cara dorsal</translation>
    </message>
    <message>
        <source>Ear</source>
        <translation>Oído</translation>
    </message>
    <message>
        <source>Eye</source>
        <translation>Ojo</translation>
    </message>
    <message>
        <source>Eyebrow</source>
        <translation>Ceja</translation>
    </message>
    <message>
        <source>Flank (side of the waist)</source>
        <translation>Flanco (costado de la cintura)</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Front of the outer ankle</source>
        <translation>Cara anterior del tobillo lateral</translation>
    </message>
    <message>
        <source>Gluteal fold</source>
        <translation>Pliegue glúteo</translation>
    </message>
    <message>
        <source>Greater trochanter</source>
        <translation>Trocánter mayor</translation>
    </message>
    <message>
        <source>Groin</source>
        <translation>Ingle</translation>
    </message>
    <message>
        <source>Head of the 5th metatarsal</source>
        <translation>Cabeza del 5.º metatarsiano</translation>
    </message>
    <message>
        <source>Heel</source>
        <translation>Talón</translation>
    </message>
    <message>
        <source>Hyoid bone</source>
        <translation>Hueso hioides</translation>
    </message>
    <message>
        <source>Iliac crest</source>
        <translation>Cresta ilíaca</translation>
    </message>
    <message>
        <source>Index finger</source>
        <translation>Dedo índice</translation>
    </message>
    <message>
        <source>Inferior angle of the scapula</source>
        <translation>Ángulo inferior de la escápula</translation>
    </message>
    <message>
        <source>Instep (medial arch)</source>
        <translation>Arco plantar medial</translation>
    </message>
    <message>
        <source>L2 spinous process</source>
        <translation>Apófisis espinosa de L2</translation>
    </message>
    <message>
        <source>Lateral ankle</source>
        <translation>Tobillo, cara lateral</translation>
    </message>
    <message>
        <source>Lateral arm</source>
        <translation>Brazo, cara lateral</translation>
    </message>
    <message>
        <source>Lateral chest</source>
        <translation>Tórax, cara lateral</translation>
    </message>
    <message>
        <source>Lateral epicondyle</source>
        <translation>Epicóndilo lateral</translation>
    </message>
    <message>
        <source>Lateral knee</source>
        <translation>Rodilla, cara lateral</translation>
    </message>
    <message>
        <source>Lateral leg</source>
        <translation>Pierna, cara lateral</translation>
    </message>
    <message>
        <source>Lateral shoulder</source>
        <translation>Hombro, cara lateral</translation>
    </message>
    <message>
        <source>Lateral thigh</source>
        <translation>Muslo, cara lateral</translation>
    </message>
    <message>
        <source>Little finger</source>
        <translation>Dedo meñique</translation>
    </message>
    <message>
        <source>Low back</source>
        <translation>Región lumbar</translation>
    </message>
    <message>
        <source>Lower abdomen</source>
        <translation>Abdomen inferior</translation>
    </message>
    <message>
        <source>Lower jaw</source>
        <translation>Mandíbula</translation>
    </message>
    <message>
        <source>Lower teeth</source>
        <translation>Dientes inferiores</translation>
    </message>
    <message>
        <source>Mastoid</source>
        <translation>Mastoides</translation>
    </message>
    <message>
        <source>Medial ankle</source>
        <translation>Tobillo, cara medial</translation>
    </message>
    <message>
        <source>Medial arm</source>
        <translation>Brazo, cara medial</translation>
    </message>
    <message>
        <source>Medial border of the scapula</source>
        <translation>Borde medial de la escápula</translation>
    </message>
    <message>
        <source>Medial epicondyle</source>
        <translation>Epicóndilo medial</translation>
    </message>
    <message>
        <source>Medial knee</source>
        <translation>Rodilla, cara medial</translation>
    </message>
    <message>
        <source>Medial thigh</source>
        <translation>Muslo, cara medial</translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation>Región dorsal media</translation>
    </message>
    <message>
        <source>Middle finger</source>
        <translation>Dedo medio</translation>
    </message>
    <message>
        <source>Occiput</source>
        <translation>Occipucio</translation>
    </message>
    <message>
        <source>Olecranon</source>
        <translation>Olécranon</translation>
    </message>
    <message>
        <source>Outer edge of the foot</source>
        <translation>Borde lateral del pie</translation>
    </message>
    <message>
        <source>Outer side of the heel</source>
        <translation>Cara lateral del talón</translation>
    </message>
    <message>
        <source>Palm</source>
        <translation>Palma</translation>
    </message>
    <message>
        <source>Posterior arm</source>
        <translation>Brazo, cara posterior</translation>
    </message>
    <message>
        <source>Posterior axillary fold</source>
        <translation>Pliegue axilar posterior</translation>
    </message>
    <message>
        <source>Posterior knee</source>
        <translation>Rodilla, cara posterior</translation>
    </message>
    <message>
        <source>Posterior neck</source>
        <translation>Cuello, cara posterior</translation>
    </message>
    <message>
        <source>Posterior shoulder</source>
        <translation>Hombro, cara posterior</translation>
    </message>
    <message>
        <source>Posterior thigh</source>
        <translation>Muslo, cara posterior</translation>
    </message>
    <message>
        <source>Posterior triangle of the neck</source>
        <translation>Triángulo posterior del cuello</translation>
    </message>
    <message>
        <source>Pubic symphysis</source>
        <translation>Sínfisis del pubis</translation>
    </message>
    <message>
        <source>Ring finger</source>
        <translation>Dedo anular</translation>
    </message>
    <message>
        <source>Sacroiliac joint</source>
        <translation>Articulación sacroilíaca</translation>
    </message>
    <message>
        <source>Sacrum</source>
        <translation>Sacro</translation>
    </message>
    <message>
        <source>Second toe</source>
        <translation>Segundo dedo del pie</translation>
    </message>
    <message>
        <source>Shin</source>
        <translation>Espinilla (cara anterior de la tibia)</translation>
    </message>
    <message>
        <source>Sole of the heel</source>
        <translation>Planta del talón</translation>
    </message>
    <message>
        <source>Spine of the scapula</source>
        <translation>Espina de la escápula</translation>
    </message>
    <message>
        <source>Sternum</source>
        <translation>Esternón</translation>
    </message>
    <message>
        <source>T12 spinous process</source>
        <translation>Apófisis espinosa de T12</translation>
    </message>
    <message>
        <source>T3 spinous process</source>
        <translation>Apófisis espinosa de T3</translation>
    </message>
    <message>
        <source>T4 spinous process</source>
        <translation>Apófisis espinosa de T4</translation>
    </message>
    <message>
        <source>T6 spinous process</source>
        <translation>Apófisis espinosa de T6</translation>
    </message>
    <message>
        <source>T7 spinous process</source>
        <translation>Apófisis espinosa de T7</translation>
    </message>
    <message>
        <source>Temple</source>
        <translation>Sien</translation>
    </message>
    <message>
        <source>Temporomandibular joint</source>
        <translation>Articulación temporomandibular</translation>
    </message>
    <message>
        <source>Throat</source>
        <translation>Garganta</translation>
    </message>
    <message>
        <source>Thumb base</source>
        <translation>Base del pulgar</translation>
    </message>
    <message>
        <source>Top of the shoulder</source>
        <translation>Parte superior del hombro</translation>
    </message>
    <message>
        <source>Umbilicus</source>
        <translation>Ombligo</translation>
    </message>
    <message>
        <source>Upper abdomen</source>
        <translation>Abdomen superior</translation>
    </message>
    <message>
        <source>Upper teeth</source>
        <translation>Dientes superiores</translation>
    </message>
    <message>
        <source>Vertex</source>
        <translation>Vértex</translation>
    </message>
    <message>
        <source>Volar forearm</source>
        <translation>Antebrazo, cara palmar</translation>
    </message>
    <message>
        <source>Volar wrist</source>
        <translation>Muñeca, cara palmar</translation>
    </message>
</context>
<context>
    <name>atlas.muscle</name>
    <message>
        <source>Abductor digiti minimi (foot)</source>
        <translation>Abductor del quinto dedo (pie)</translation>
    </message>
    <message>
        <source>Abductor digiti minimi (hand)</source>
        <translation>Abductor del meñique (mano)</translation>
    </message>
    <message>
        <source>Abductor hallucis</source>
        <translation>Abductor del dedo gordo</translation>
    </message>
    <message>
        <source>Abductor pollicis brevis</source>
        <translation>Abductor corto del pulgar</translation>
    </message>
    <message>
        <source>Abductor pollicis longus</source>
        <translation>Abductor largo del pulgar</translation>
    </message>
    <message>
        <source>Adductor brevis</source>
        <translation>Aductor corto</translation>
    </message>
    <message>
        <source>Adductor hallucis</source>
        <translation>Aductor del dedo gordo</translation>
    </message>
    <message>
        <source>Adductor longus</source>
        <translation>Aductor largo</translation>
    </message>
    <message>
        <source>Adductor magnus</source>
        <translation>Aductor mayor</translation>
    </message>
    <message>
        <source>Adductor pollicis</source>
        <translation>Aductor del pulgar</translation>
    </message>
    <message>
        <source>Anconeus</source>
        <translation>Ancóneo</translation>
    </message>
    <message>
        <source>Anterior scalene</source>
        <translation>Escaleno anterior</translation>
    </message>
    <message>
        <source>Biceps brachii</source>
        <translation>Bíceps braquial</translation>
    </message>
    <message>
        <source>Biceps femoris</source>
        <translation>Bíceps femoral</translation>
    </message>
    <message>
        <source>Brachialis</source>
        <translation>Braquial</translation>
    </message>
    <message>
        <source>Brachioradialis</source>
        <translation>Braquiorradial</translation>
    </message>
    <message>
        <source>Buccinator</source>
        <translation>Buccinador</translation>
    </message>
    <message>
        <source>Coracobrachialis</source>
        <translation>Coracobraquial</translation>
    </message>
    <message>
        <source>Deltoid</source>
        <translation>Deltoides</translation>
    </message>
    <message>
        <source>Diaphragm</source>
        <translation>Diafragma</translation>
    </message>
    <message>
        <source>Digastric</source>
        <translation>Digástrico</translation>
    </message>
    <message>
        <source>Dorsal interossei (2nd-4th)</source>
        <translation>Interóseos dorsales (2.º-4.º)</translation>
    </message>
    <message>
        <source>Dorsal interossei (foot)</source>
        <translation>Interóseos dorsales (pie)</translation>
    </message>
    <message>
        <source>Extensor carpi radialis brevis</source>
        <translation>Extensor radial corto del carpo</translation>
    </message>
    <message>
        <source>Extensor carpi radialis longus</source>
        <translation>Extensor radial largo del carpo</translation>
    </message>
    <message>
        <source>Extensor carpi ulnaris</source>
        <translation>Extensor cubital del carpo</translation>
    </message>
    <message>
        <source>Extensor digitorum</source>
        <translation>Extensor de los dedos</translation>
    </message>
    <message>
        <source>Extensor digitorum brevis</source>
        <translation>Extensor corto de los dedos</translation>
    </message>
    <message>
        <source>Extensor digitorum longus</source>
        <translation>Extensor largo de los dedos</translation>
    </message>
    <message>
        <source>Extensor hallucis brevis</source>
        <translation>Extensor corto del dedo gordo</translation>
    </message>
    <message>
        <source>Extensor hallucis longus</source>
        <translation>Extensor largo del dedo gordo</translation>
    </message>
    <message>
        <source>Extensor indicis</source>
        <translation>Extensor del índice</translation>
    </message>
    <message>
        <source>Extensor pollicis brevis</source>
        <translation>Extensor corto del pulgar</translation>
    </message>
    <message>
        <source>Extensor pollicis longus</source>
        <translation>Extensor largo del pulgar</translation>
    </message>
    <message>
        <source>External oblique</source>
        <translation>Oblicuo externo</translation>
    </message>
    <message>
        <source>First dorsal interosseous</source>
        <translation>Primer interóseo dorsal</translation>
    </message>
    <message>
        <source>Flexor carpi radialis</source>
        <translation>Flexor radial del carpo</translation>
    </message>
    <message>
        <source>Flexor carpi ulnaris</source>
        <translation>Flexor cubital del carpo</translation>
    </message>
    <message>
        <source>Flexor digiti minimi brevis (foot)</source>
        <translation>Flexor corto del quinto dedo (pie)</translation>
    </message>
    <message>
        <source>Flexor digiti minimi brevis (hand)</source>
        <translation>Flexor corto del meñique (mano)</translation>
    </message>
    <message>
        <source>Flexor digitorum brevis</source>
        <translation>Flexor corto de los dedos</translation>
    </message>
    <message>
        <source>Flexor digitorum longus</source>
        <translation>Flexor largo de los dedos</translation>
    </message>
    <message>
        <source>Flexor digitorum profundus</source>
        <translation>Flexor profundo de los dedos</translation>
    </message>
    <message>
        <source>Flexor digitorum superficialis</source>
        <translation>Flexor superficial de los dedos</translation>
    </message>
    <message>
        <source>Flexor hallucis brevis</source>
        <translation>Flexor corto del dedo gordo</translation>
    </message>
    <message>
        <source>Flexor hallucis longus</source>
        <translation>Flexor largo del dedo gordo</translation>
    </message>
    <message>
        <source>Flexor pollicis brevis</source>
        <translation>Flexor corto del pulgar</translation>
    </message>
    <message>
        <source>Flexor pollicis longus</source>
        <translation>Flexor largo del pulgar</translation>
    </message>
    <message>
        <source>Gastrocnemius</source>
        <translation>Gastrocnemio</translation>
    </message>
    <message>
        <source>Gemelli (superior and inferior)</source>
        <translation>Gemelos (superior e inferior)</translation>
    </message>
    <message>
        <source>Gluteus maximus</source>
        <translation>Glúteo mayor</translation>
    </message>
    <message>
        <source>Gluteus medius</source>
        <translation>Glúteo medio</translation>
    </message>
    <message>
        <source>Gluteus minimus</source>
        <translation>Glúteo menor</translation>
    </message>
    <message>
        <source>Gracilis</source>
        <translation>Grácil</translation>
    </message>
    <message>
        <source>Iliocostalis</source>
        <translation>Iliocostal</translation>
    </message>
    <message>
        <source>Iliopsoas</source>
        <translation>Iliopsoas</translation>
    </message>
    <message>
        <source>Infraspinatus</source>
        <translation>Infraespinoso</translation>
    </message>
    <message>
        <source>Intercostals</source>
        <translation>Intercostales</translation>
    </message>
    <message>
        <source>Internal oblique</source>
        <translation>Oblicuo interno</translation>
    </message>
    <message>
        <source>Lateral pterygoid</source>
        <translation>Pterigoideo lateral</translation>
    </message>
    <message>
        <source>Latissimus dorsi</source>
        <translation>Dorsal ancho</translation>
    </message>
    <message>
        <source>Levator ani and coccygeus (pelvic floor)</source>
        <translation>Elevador del ano y coccígeo (suelo pélvico)</translation>
    </message>
    <message>
        <source>Levator scapulae</source>
        <translation>Elevador de la escápula</translation>
    </message>
    <message>
        <source>Longissimus thoracis</source>
        <translation>Longísimo torácico</translation>
    </message>
    <message>
        <source>Longus colli and longus capitis</source>
        <translation>Largo del cuello y largo de la cabeza</translation>
    </message>
    <message>
        <source>Lower trapezius</source>
        <translation>Trapecio inferior</translation>
    </message>
    <message>
        <source>Lumbricals</source>
        <translation>Lumbricales</translation>
    </message>
    <message>
        <source>Lumbricals (foot)</source>
        <translation>Lumbricales (pie)</translation>
    </message>
    <message>
        <source>Masseter</source>
        <translation>Masetero</translation>
    </message>
    <message>
        <source>Medial pterygoid</source>
        <translation>Pterigoideo medial</translation>
    </message>
    <message>
        <source>Middle scalene</source>
        <translation>Escaleno medio</translation>
    </message>
    <message>
        <source>Middle trapezius</source>
        <translation>Trapecio medio</translation>
    </message>
    <message>
        <source>Multifidus and rotatores</source>
        <translation>Multífido y rotadores</translation>
    </message>
    <message>
        <source>Obturator internus</source>
        <translation>Obturador interno</translation>
    </message>
    <message>
        <source>Occipitofrontalis</source>
        <translation>Occipitofrontal</translation>
    </message>
    <message>
        <source>Opponens digiti minimi</source>
        <translation>Oponente del meñique</translation>
    </message>
    <message>
        <source>Opponens pollicis</source>
        <translation>Oponente del pulgar</translation>
    </message>
    <message>
        <source>Orbicularis oculi</source>
        <translation>Orbicular del ojo</translation>
    </message>
    <message>
        <source>Palmar interossei</source>
        <translation>Interóseos palmares</translation>
    </message>
    <message>
        <source>Palmaris longus</source>
        <translation>Palmar largo</translation>
    </message>
    <message>
        <source>Pectineus</source>
        <translation>Pectíneo</translation>
    </message>
    <message>
        <source>Pectoralis major</source>
        <translation>Pectoral mayor</translation>
    </message>
    <message>
        <source>Pectoralis minor</source>
        <translation>Pectoral menor</translation>
    </message>
    <message>
        <source>Peroneus brevis</source>
        <translation>Peroneo corto</translation>
    </message>
    <message>
        <source>Peroneus longus</source>
        <translation>Peroneo largo</translation>
    </message>
    <message>
        <source>Peroneus tertius</source>
        <translation>Peroneo tercero</translation>
    </message>
    <message>
        <source>Piriformis</source>
        <translation>Piriforme</translation>
    </message>
    <message>
        <source>Plantar interossei (foot)</source>
        <translation>Interóseos plantares (pie)</translation>
    </message>
    <message>
        <source>Plantaris</source>
        <translation>Plantar delgado</translation>
    </message>
    <message>
        <source>Platysma</source>
        <translation>Platisma</translation>
    </message>
    <message>
        <source>Popliteus</source>
        <translation>Poplíteo</translation>
    </message>
    <message>
        <source>Posterior scalene</source>
        <translation>Escaleno posterior</translation>
    </message>
    <message>
        <source>Pronator quadratus</source>
        <translation>Pronador cuadrado</translation>
    </message>
    <message>
        <source>Pronator teres</source>
        <translation>Pronador redondo</translation>
    </message>
    <message>
        <source>Pyramidalis</source>
        <translation>Piramidal del abdomen</translation>
    </message>
    <message>
        <source>Quadratus femoris</source>
        <translation>Cuadrado femoral</translation>
    </message>
    <message>
        <source>Quadratus lumborum</source>
        <translation>Cuadrado lumbar</translation>
    </message>
    <message>
        <source>Quadratus plantae</source>
        <translation>Cuadrado plantar</translation>
    </message>
    <message>
        <source>Rectus abdominis</source>
        <translation>Recto del abdomen</translation>
    </message>
    <message>
        <source>Rectus femoris</source>
        <translation>Recto femoral</translation>
    </message>
    <message>
        <source>Rhomboid major</source>
        <translation>Romboides mayor</translation>
    </message>
    <message>
        <source>Rhomboid minor</source>
        <translation>Romboides menor</translation>
    </message>
    <message>
        <source>Sartorius</source>
        <translation>Sartorio</translation>
    </message>
    <message>
        <source>Scalenes</source>
        <translation>Escalenos</translation>
    </message>
    <message>
        <source>Semimembranosus</source>
        <translation>Semimembranoso</translation>
    </message>
    <message>
        <source>Semispinalis capitis</source>
        <translation>Semiespinoso de la cabeza</translation>
    </message>
    <message>
        <source>Semispinalis cervicis</source>
        <translation>Semiespinoso del cuello</translation>
    </message>
    <message>
        <source>Semitendinosus</source>
        <translation>Semitendinoso</translation>
    </message>
    <message>
        <source>Serratus anterior</source>
        <translation>Serrato anterior</translation>
    </message>
    <message>
        <source>Serratus posterior inferior</source>
        <translation>Serrato posterior inferior</translation>
    </message>
    <message>
        <source>Serratus posterior superior</source>
        <translation>Serrato posterior superior</translation>
    </message>
    <message>
        <source>Soleus</source>
        <translation>Sóleo</translation>
    </message>
    <message>
        <source>Splenius capitis</source>
        <translation>Esplenio de la cabeza</translation>
    </message>
    <message>
        <source>Splenius cervicis</source>
        <translation>Esplenio del cuello</translation>
    </message>
    <message>
        <source>Sternalis</source>
        <translation>Esternal</translation>
    </message>
    <message>
        <source>Sternocleidomastoid</source>
        <translation>Esternocleidomastoideo</translation>
    </message>
    <message>
        <source>Subclavius</source>
        <translation>Subclavio</translation>
    </message>
    <message>
        <source>Suboccipitals</source>
        <translation>Suboccipitales</translation>
    </message>
    <message>
        <source>Subscapularis</source>
        <translation>Subescapular</translation>
    </message>
    <message>
        <source>Supinator</source>
        <translation>Supinador</translation>
    </message>
    <message>
        <source>Supraspinatus</source>
        <translation>Supraespinoso</translation>
    </message>
    <message>
        <source>Temporalis</source>
        <translation>Temporal</translation>
    </message>
    <message>
        <source>Tensor fasciae latae</source>
        <translation>Tensor de la fascia lata</translation>
    </message>
    <message>
        <source>Teres major</source>
        <translation>Redondo mayor</translation>
    </message>
    <message>
        <source>Teres minor</source>
        <translation>Redondo menor</translation>
    </message>
    <message>
        <source>Tibialis anterior</source>
        <translation>Tibial anterior</translation>
    </message>
    <message>
        <source>Tibialis posterior</source>
        <translation>Tibial posterior</translation>
    </message>
    <message>
        <source>Transversus abdominis</source>
        <translation>Transverso del abdomen</translation>
    </message>
    <message>
        <source>Triceps brachii</source>
        <translation>Tríceps braquial</translation>
    </message>
    <message>
        <source>Upper iliocostalis</source>
        <translation>Iliocostal superior</translation>
    </message>
    <message>
        <source>Upper trapezius</source>
        <translation>Trapecio superior</translation>
    </message>
    <message>
        <source>Vastus intermedius</source>
        <translation>Vasto intermedio</translation>
    </message>
    <message>
        <source>Vastus lateralis</source>
        <translation>Vasto lateral</translation>
    </message>
    <message>
        <source>Vastus medialis</source>
        <translation>Vasto medial</translation>
    </message>
    <message>
        <source>Zygomaticus major</source>
        <translation>Cigomático mayor</translation>
    </message>
</context>
<context>
    <name>atlas.muscle_note</name>
    <message>
        <source>An inconstant muscle: found in only about 5% of people (reported 3-8% across populations), on one side or both, over the pectoralis beside the sternum. Chart it only where a band is actually palpable there.</source>
        <translation>Un músculo inconstante: solo aparece en aproximadamente el 5% de las personas (3-8% según la población), en un lado o en ambos, sobre el pectoral junto al esternón. Márquelo solo donde se palpe realmente una banda.</translation>
    </message>
    <message>
        <source>Drawn without a pattern of its own: Travell &amp; Simons draw the first dorsal interosseous (pain along the second toe) and describe the others as referring along the toe their tendon reaches; only the dorsal interossei carry a drawn pattern here. Reached from the sole between the lateral metatarsals, or from the dorsum.</source>
        <translation>Dibujado sin patrón propio: Travell &amp; Simons dibujan el primer interóseo dorsal (dolor a lo largo del segundo dedo) y describen que los demás refieren a lo largo del dedo al que llega su tendón; aquí solo los interóseos dorsales tienen un patrón dibujado. Se alcanza desde la planta entre los metatarsianos laterales, o desde el dorso.</translation>
    </message>
    <message>
        <source>Drawn without a referral pattern: Travell &amp; Simons group the lumbricals with the deep intrinsic foot muscles but draw no pain pattern of their own for them. Reached from the sole, between the long flexor tendons behind the lesser toes.</source>
        <translation>Dibujado sin patrón de dolor referido: Travell &amp; Simons agrupan los lumbricales con los músculos intrínsecos profundos del pie, pero no les dibujan un patrón propio. Se alcanzan desde la planta, entre los tendones flexores largos detrás de los dedos menores.</translation>
    </message>
    <message>
        <source>Drawn without a referral pattern: none is drawn for it in Travell &amp; Simons&apos; chapter on the deep intrinsic foot muscles. Reached on the outer sole under the fifth metatarsal, beside the abductor digiti minimi.</source>
        <translation>Dibujado sin patrón de dolor referido: no se dibuja ninguno en el capítulo de Travell &amp; Simons sobre los músculos intrínsecos profundos del pie. Se alcanza en la planta lateral bajo el quinto metatarsiano, junto al abductor del quinto dedo.</translation>
    </message>
    <message>
        <source>Internal muscles of the pelvic floor: their trigger points are found and treated per vaginam or per rectum, not through the skin of the buttock or the front of the body, so a region on the surface body chart would mislead. Their referred pain (to the coccyx and sacrum, the anus and rectum, the vagina) is described in the source.</source>
        <translation>Músculos internos del suelo pélvico: sus puntos gatillo se localizan y tratan por vía vaginal o rectal, no a través de la piel de la nalga ni de la parte anterior del cuerpo, de modo que una región en el mapa corporal de superficie induciría a error. Su dolor referido (al cóccix y al sacro, al ano y al recto, a la vagina) se describe en la fuente.</translation>
    </message>
    <message>
        <source>It lies inside the trunk, under the lower ribs and against the lungs, liver and stomach: its trigger points cannot be palpated or needled from the surface without risk to the lung, so it has no region to chart.</source>
        <translation>Se encuentra dentro del tronco, bajo las costillas inferiores y contra los pulmones, el hígado y el estómago: sus puntos gatillo no pueden palparse ni puncionarse desde la superficie sin riesgo para el pulmón, por lo que no tiene región que marcar.</translation>
    </message>
    <message>
        <source>It lies on the front of the scapula, against the chest wall, so it cannot be reached from the back. Its lateral part is reached from the axilla: arm abducted, between the chest wall and the scapula, through the posterior wall of the axilla.</source>
        <translation>Se encuentra en la cara anterior de la escápula, contra la pared torácica, por lo que no puede alcanzarse desde la espalda. Su parte lateral se alcanza desde la axila: brazo en abducción, entre la pared torácica y la escápula, a través de la pared posterior de la axila.</translation>
    </message>
    <message>
        <source>Most of the muscle lines the inside of the pelvis, over the obturator membrane; the region on the back view is where it leaves the pelvis at the lesser sciatic notch and runs, between the gemelli, to the greater trochanter, deep under the gluteus maximus and close to the sciatic nerve. Travell &amp; Simons examine its trigger points from inside the pelvis (per vaginam or per rectum); they cannot be reached there with a needle through the skin of the buttock.</source>
        <translation>La mayor parte del músculo tapiza el interior de la pelvis, sobre la membrana obturatriz; la región de la vista posterior es donde sale de la pelvis por la escotadura ciática menor y discurre, entre los gemelos, hasta el trocánter mayor, profundo bajo el glúteo mayor y cerca del nervio ciático. Travell &amp; Simons exploran sus puntos gatillo desde dentro de la pelvis (por vía vaginal o rectal); ahí no pueden alcanzarse con una aguja a través de la piel de la nalga.</translation>
    </message>
    <message>
        <source>No referral pattern is drawn: Travell &amp; Simons draw the interossei and abductor digiti minimi, not the lumbricals (secondary texts call their pain similar to the interossei&apos;s, along a finger).</source>
        <translation>No se dibuja patrón de dolor referido: Travell &amp; Simons dibujan los interóseos y el abductor del meñique, no los lumbricales (textos secundarios describen su dolor como similar al de los interóseos, a lo largo de un dedo).</translation>
    </message>
    <message>
        <source>No referral pattern is drawn: Travell &amp; Simons draw thenar patterns only for adductor and opponens pollicis. An experimental (injected saline) study described pain over the thenar eminence and the back of the thumb web, sometimes up the radial forearm.</source>
        <translation>No se dibuja patrón de dolor referido: Travell &amp; Simons dibujan patrones tenares solo para el aductor y el oponente del pulgar. Un estudio experimental (inyección de suero salino) describió dolor sobre la eminencia tenar y el dorso de la comisura del pulgar, a veces ascendiendo por el antebrazo radial.</translation>
    </message>
    <message>
        <source>No referral pattern is drawn: Travell &amp; Simons give none for the flexor pollicis brevis (their thenar patterns are adductor and opponens pollicis).</source>
        <translation>No se dibuja patrón de dolor referido: Travell &amp; Simons no dan ninguno para el flexor corto del pulgar (sus patrones tenares son los del aductor y el oponente del pulgar).</translation>
    </message>
    <message>
        <source>No referral pattern is drawn: Travell &amp; Simons give none for the thumb&apos;s outcropping muscles (abductor pollicis longus, extensor pollicis longus and brevis).</source>
        <translation>No se dibuja patrón de dolor referido: Travell &amp; Simons no dan ninguno para los músculos del pulgar que afloran en el antebrazo (abductor largo del pulgar, extensores largo y corto del pulgar).</translation>
    </message>
    <message>
        <source>No referral pattern is drawn: Travell &amp; Simons give none that we could verify for longus colli or longus capitis. Deep on the front of the vertebrae beside the trachea, medial to the carotid sheath: not a routine dry-needling target.</source>
        <translation>No se dibuja patrón de dolor referido: Travell &amp; Simons no dan ninguno que hayamos podido verificar para el largo del cuello ni el largo de la cabeza. Profundos en la cara anterior de las vértebras junto a la tráquea, mediales a la vaina carotídea: no son una diana habitual de la punción seca.</translation>
    </message>
    <message>
        <source>No referral pattern is drawn: Travell &amp; Simons give none.</source>
        <translation>No se dibuja patrón de dolor referido: Travell &amp; Simons no dan ninguno.</translation>
    </message>
    <message>
        <source>No referral pattern is drawn: Travell &amp; Simons give none. An experimental (injected saline) study found pain along the ulnar forearm, sometimes to the little finger, or into the middle and ring fingers. It lies deep to the flexor tendons just above the wrist; it is reached from the dorsum through the interosseous membrane or from the volar side beside the radial artery.</source>
        <translation>No se dibuja patrón de dolor referido: Travell &amp; Simons no dan ninguno. Un estudio experimental (inyección de suero salino) encontró dolor a lo largo del antebrazo cubital, a veces hasta el meñique, o hacia los dedos medio y anular. Se encuentra profundo a los tendones flexores justo por encima de la muñeca; se alcanza desde el dorso a través de la membrana interósea o desde la cara palmar junto a la arteria radial.</translation>
    </message>
    <message>
        <source>No referral pattern is drawn: Travell &amp; Simons give none. Its belly lies deep to extensor digitorum and extensor carpi ulnaris in the middle of the dorsal forearm.</source>
        <translation>No se dibuja patrón de dolor referido: Travell &amp; Simons no dan ninguno. Su vientre está profundo al extensor de los dedos y al extensor cubital del carpo, en la mitad del antebrazo dorsal.</translation>
    </message>
    <message>
        <source>No referral pattern is drawn: none could be verified in Travell &amp; Simons or Donnelly et al. from the sources we could check (secondary sources describe only a local ache in the cheek and upper gum). Reached inside the cheek or by pincer grip.</source>
        <translation>No se dibuja patrón de dolor referido: no se pudo verificar ninguno en Travell &amp; Simons ni en Donnelly et al. con las fuentes que pudimos consultar (fuentes secundarias describen solo un dolor local en la mejilla y la encía superior). Se alcanza desde el interior de la mejilla o con agarre en pinza.</translation>
    </message>
    <message>
        <source>No referral pattern is drawn: of the hypothenar muscles Travell &amp; Simons draw only abductor digiti minimi.</source>
        <translation>No se dibuja patrón de dolor referido: de los músculos hipotenares, Travell &amp; Simons dibujan solo el abductor del meñique.</translation>
    </message>
    <message>
        <source>No referral pattern is drawn: of the hypothenar muscles Travell &amp; Simons draw only abductor digiti minimi. It lies deep to abductor and flexor digiti minimi.</source>
        <translation>No se dibuja patrón de dolor referido: de los músculos hipotenares, Travell &amp; Simons dibujan solo el abductor del meñique. Está profundo al abductor y al flexor del meñique.</translation>
    </message>
    <message>
        <source>No separate pattern is drawn: Travell &amp; Simons draw the first and a second dorsal interosseous; each interosseous refers along the side of the finger it inserts on. Deep in the palm, reached through the palm between the flexor tendons.</source>
        <translation>No se dibuja patrón propio: Travell &amp; Simons dibujan el primer y un segundo interóseo dorsal; cada interóseo refiere a lo largo del lado del dedo en que se inserta. Profundos en la palma, se alcanzan a través de la palma entre los tendones flexores.</translation>
    </message>
    <message>
        <source>One region for both bellies: the anterior belly under the chin and the posterior belly from the hyoid up behind the angle of the jaw (toward the mastoid it runs deep to the SCM). Each belly has its own pattern; a point takes the nearer one.</source>
        <translation>Una región para ambos vientres: el vientre anterior bajo el mentón y el vientre posterior desde el hioides hacia arriba por detrás del ángulo de la mandíbula (hacia la mastoides discurre profundo al ECM). Cada vientre tiene su propio patrón; un punto toma el más cercano.</translation>
    </message>
    <message>
        <source>One region for the 2nd to 4th dorsal interossei (the first has its own region and pattern). The pattern drawn is the 2nd&apos;s, to the middle finger; the 3rd refers to the ulnar side of the middle finger and the 4th to the ring finger.</source>
        <translation>Una región para los interóseos dorsales 2.º a 4.º (el primero tiene su propia región y patrón). El patrón dibujado es el del 2.º, hacia el dedo medio; el 3.º refiere al lado cubital del dedo medio y el 4.º al dedo anular.</translation>
    </message>
    <message>
        <source>The pleura and lung lie directly beneath the intercostal space (see the lung caution zone): a needle here goes no deeper than the thin muscle layer.</source>
        <translation>La pleura y el pulmón están directamente bajo el espacio intercostal (vea la zona de precaución pulmonar): aquí la aguja no va más allá de la fina capa muscular.</translation>
    </message>
    <message>
        <source>The rotatores lie beneath the multifidus in the same groove beside the spinous processes and cannot be told apart from it by palpation or needle; a point charted here stands for either. Travell &amp; Simons treat them together.</source>
        <translation>Los rotadores están bajo el multífido, en el mismo canal junto a las apófisis espinosas, y no se distinguen de él a la palpación ni con la aguja; un punto marcado aquí representa cualquiera de los dos. Travell &amp; Simons los tratan juntos.</translation>
    </message>
    <message>
        <source>The upper iliocostalis (thoracis above T7, and cervicis) along the angles of the ribs. The mid-thoracic trigger point (about T6) has a published pattern; no separate pattern is published for iliocostalis cervicis.</source>
        <translation>El iliocostal superior (torácico por encima de T7, y cervical) a lo largo de los ángulos de las costillas. El punto gatillo torácico medio (hacia T6) tiene un patrón publicado; no se ha publicado un patrón propio para el iliocostal cervical.</translation>
    </message>
    <message>
        <source>divided into the anterior, middle and posterior scalene, one region each</source>
        <translation>dividido en escaleno anterior, medio y posterior, una región cada uno</translation>
    </message>
</context>
<context>
    <name>charting.muscle_search</name>
    <message>
        <source>{name} is not in the atlas: {why}</source>
        <translation>{name} no está en el atlas: {why}</translation>
    </message>
</context>
<context>
    <name>charting.needling</name>
    <message>
        <source>depth {depth} mm</source>
        <translation>profundidad {depth} mm</translation>
    </message>
    <message>
        <source>needling preset {number}</source>
        <translation>ajuste de punción {number}</translation>
    </message>
</context>
<context>
    <name>charting.pain_drawing</name>
    <message>
        <source>aching</source>
        <translation>sordo</translation>
    </message>
    <message>
        <source>burning</source>
        <translation>quemante</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>entumecimiento</translation>
    </message>
    <message>
        <source>pins and needles</source>
        <translation>hormigueo</translation>
    </message>
</context>
<context>
    <name>charting.placement</name>
    <message>
        <source>outside the body: click on the figure</source>
        <translation>fuera del cuerpo: haga clic sobre la figura</translation>
    </message>
    <message>
        <source>no muscle is mapped here (tendon, bone or aponeurosis); click on a muscle</source>
        <translation>aquí no hay ningún músculo cartografiado (tendón, hueso o aponeurosis); haga clic en un músculo</translation>
    </message>
    <message>
        <source>Point {number} is on the {side}; the other {count} points are all on the {other}. If it belongs on the {other}, change its Side in the inspector.</source>
        <translation>El punto {number} está en el lado {side}; los otros {count} puntos están todos en el lado {other}. Si corresponde al lado {other}, cambie su Lado en el inspector.</translation>
    </message>
    <message>
        <source>; beneath: </source>
        <translation>; debajo: </translation>
    </message>
</context>
<context>
    <name>charting.referral_sites</name>
    <message>
        <source>vertical fibres — neck to the temple</source>
        <translation>fibras verticales — del cuello a la sien</translation>
    </message>
    <message>
        <source>lateral horizontal fibres — neck to the base of the skull</source>
        <translation>fibras horizontales laterales — del cuello a la base del cráneo</translation>
    </message>
    <message>
        <source>medial — between shoulder blade and spine</source>
        <translation>medial — entre la escápula y la columna</translation>
    </message>
    <message>
        <source>near the acromion — top of the shoulder</source>
        <translation>cerca del acromion — parte superior del hombro</translation>
    </message>
    <message>
        <source>sternal division — eye, cheek, top and back of the head</source>
        <translation>división esternal — ojo, mejilla, vértex y occipucio</translation>
    </message>
    <message>
        <source>clavicular division — forehead and ear</source>
        <translation>división clavicular — frente y oído</translation>
    </message>
    <message>
        <source>upper — deep in the head, behind the eye</source>
        <translation>superior — profundo en la cabeza, detrás del ojo</translation>
    </message>
    <message>
        <source>lower — angle of the neck</source>
        <translation>inferior — ángulo del cuello</translation>
    </message>
    <message>
        <source>frontal belly — forehead</source>
        <translation>vientre frontal — frente</translation>
    </message>
    <message>
        <source>occipital belly — back of the head, behind the eye</source>
        <translation>vientre occipital — parte posterior de la cabeza, detrás del ojo</translation>
    </message>
    <message>
        <source>superficial layer — teeth, cheek and jaw</source>
        <translation>capa superficial — dientes, mejilla y mandíbula</translation>
    </message>
    <message>
        <source>deep layer — ear and jaw joint</source>
        <translation>capa profunda — oído y articulación temporomandibular</translation>
    </message>
    <message>
        <source>main — front of the shoulder, down the arm</source>
        <translation>principal — parte anterior del hombro, bajando por el brazo</translation>
    </message>
    <message>
        <source>near the medial border — along the shoulder blade</source>
        <translation>cerca del borde medial — a lo largo de la escápula</translation>
    </message>
    <message>
        <source>anterior and middle — front of the shoulder</source>
        <translation>anterior y medio — parte anterior del hombro</translation>
    </message>
    <message>
        <source>posterior and middle — back of the shoulder</source>
        <translation>posterior y medio — parte posterior del hombro</translation>
    </message>
    <message>
        <source>upper — back of the arm to the shoulder</source>
        <translation>superior — parte posterior del brazo hasta el hombro</translation>
    </message>
    <message>
        <source>above the outer elbow — lateral epicondyle</source>
        <translation>por encima del codo lateral — epicóndilo lateral</translation>
    </message>
    <message>
        <source>medial head, above the inner elbow — medial epicondyle</source>
        <translation>cabeza medial, por encima del codo medial — epicóndilo medial</translation>
    </message>
    <message>
        <source>just above the olecranon — tip of the elbow</source>
        <translation>justo por encima del olécranon — punta del codo</translation>
    </message>
    <message>
        <source>axillary — lower shoulder blade, down the inner arm</source>
        <translation>axilar — parte inferior de la escápula, bajando por la cara interna del brazo</translation>
    </message>
    <message>
        <source>lower lateral — front of the shoulder and the flank</source>
        <translation>lateral inferior — parte anterior del hombro y el flanco</translation>
    </message>
    <message>
        <source>main — chest and inner arm</source>
        <translation>principal — tórax y cara interna del brazo</translation>
    </message>
    <message>
        <source>clavicular part — front of the shoulder</source>
        <translation>porción clavicular — parte anterior del hombro</translation>
    </message>
    <message>
        <source>middle-finger extensor — into the middle finger</source>
        <translation>extensor del dedo medio — hacia el dedo medio</translation>
    </message>
    <message>
        <source>ring-finger extensor — into the ring finger</source>
        <translation>extensor del dedo anular — hacia el dedo anular</translation>
    </message>
    <message>
        <source>upper lumbar — down to the buttock</source>
        <translation>lumbar alto — hacia abajo hasta la nalga</translation>
    </message>
    <message>
        <source>lower thoracic — up to the shoulder blade</source>
        <translation>torácico bajo — hacia arriba hasta la escápula</translation>
    </message>
    <message>
        <source>lumbosacral — beside the spine, to the sacrum and coccyx</source>
        <translation>lumbosacro — junto a la columna, hasta el sacro y el cóccix</translation>
    </message>
    <message>
        <source>thoracic — beside the spine in the mid back</source>
        <translation>torácico — junto a la columna en la zona dorsal media</translation>
    </message>
    <message>
        <source>main — iliac crest and outer hip</source>
        <translation>principal — cresta ilíaca y cadera lateral</translation>
    </message>
    <message>
        <source>deep, medial — sacroiliac joint and lower buttock</source>
        <translation>profundo, medial — articulación sacroilíaca y parte baja de la nalga</translation>
    </message>
    <message>
        <source>upper — band across the mid back</source>
        <translation>superior — banda a través de la zona dorsal media</translation>
    </message>
    <message>
        <source>lower — band across the low back</source>
        <translation>inferior — banda a través de la zona lumbar</translation>
    </message>
    <message>
        <source>beside the navel — cramping abdominal pain</source>
        <translation>junto al ombligo — dolor abdominal tipo cólico</translation>
    </message>
    <message>
        <source>main — whole buttock and lower sacrum</source>
        <translation>principal — toda la nalga y el sacro inferior</translation>
    </message>
    <message>
        <source>beside the sacrum — sacroiliac joint to coccyx</source>
        <translation>junto al sacro — de la articulación sacroilíaca al cóccix</translation>
    </message>
    <message>
        <source>medial — iliac crest, sacroiliac joint and sacrum</source>
        <translation>medial — cresta ilíaca, articulación sacroilíaca y sacro</translation>
    </message>
    <message>
        <source>lateral — middle and outer buttock</source>
        <translation>lateral — parte media y externa de la nalga</translation>
    </message>
    <message>
        <source>posterior fibres — back of the thigh and calf</source>
        <translation>fibras posteriores — parte posterior del muslo y pantorrilla</translation>
    </message>
    <message>
        <source>anterior fibres — outside of the thigh and leg</source>
        <translation>fibras anteriores — cara externa del muslo y de la pierna</translation>
    </message>
    <message>
        <source>mid-thigh — groin and inner front of the thigh</source>
        <translation>mitad del muslo — ingle y cara anteromedial del muslo</translation>
    </message>
    <message>
        <source>proximal, near the ischial tuberosity — inside the pelvis</source>
        <translation>proximal, cerca de la tuberosidad isquiática — dentro de la pelvis</translation>
    </message>
    <message>
        <source>main — whole outer thigh</source>
        <translation>principal — toda la cara externa del muslo</translation>
    </message>
    <message>
        <source>low outer — outer knee</source>
        <translation>lateral bajo — cara externa de la rodilla</translation>
    </message>
    <message>
        <source>medial head — instep</source>
        <translation>cabeza medial — arco interno del pie</translation>
    </message>
    <message>
        <source>high, below the knee — back of the knee</source>
        <translation>alto, bajo la rodilla — parte posterior de la rodilla</translation>
    </message>
    <message>
        <source>main — heel and Achilles tendon</source>
        <translation>principal — talón y tendón de Aquiles</translation>
    </message>
    <message>
        <source>upper — upper back of the calf</source>
        <translation>superior — parte alta de la pantorrilla</translation>
    </message>
    <message>
        <source>lower outer (rare) — sacroiliac joint</source>
        <translation>lateral bajo (raro) — articulación sacroilíaca</translation>
    </message>
    <message>
        <source>anterior belly — lower front teeth and chin</source>
        <translation>vientre anterior — incisivos inferiores y mentón</translation>
    </message>
    <message>
        <source>posterior belly — below the ear over the mastoid</source>
        <translation>vientre posterior — bajo el oído, sobre la mastoides</translation>
    </message>
    <message>
        <source>cervical — base of the skull and back of the neck</source>
        <translation>cervical — base del cráneo y parte posterior del cuello</translation>
    </message>
</context>
<context>
    <name>charting.safety</name>
    <message>
        <source> - carried from an earlier visit, confirm</source>
        <translation> - traída de una visita anterior, confirmar</translation>
    </message>
    <message>
        <source>Point {number} ({muscle}, {side})</source>
        <translation>Punto {number} ({muscle}, {side})</translation>
    </message>
    <message>
        <source>no published depth guidance</source>
        <translation>sin profundidad orientativa publicada</translation>
    </message>
    <message>
        <source>recommended maximum depth</source>
        <translation>profundidad máxima recomendada</translation>
    </message>
    <message>
        <source>typical depth to the structure</source>
        <translation>profundidad típica hasta la estructura</translation>
    </message>
    <message>
        <source>{point} lies over {zone}: {guidance}.</source>
        <translation>{point} está sobre {zone}: {guidance}.</translation>
    </message>
    <message>
        <source>Over {zone}: {guidance}.</source>
        <translation>Sobre {zone}: {guidance}.</translation>
    </message>
    <message>
        <source> The clinician confirmed this depth.</source>
        <translation> El profesional confirmó esta profundidad.</translation>
    </message>
    <message>
        <source> Not confirmed.</source>
        <translation> No confirmada.</translation>
    </message>
    <message>
        <source>{point} was needled to {depth}, beyond the {guidance} over {zone}.</source>
        <translation>{point} se punció hasta {depth}, más allá de la {guidance} sobre {zone}.</translation>
    </message>
    <message>
        <source>Point {number}: {depth}, beyond the {guidance} over {zone}.</source>
        <translation>Punto {number}: {depth}, más allá de la {guidance} sobre {zone}.</translation>
    </message>
    <message>
        <source>{point} was needled: {precaution}.</source>
        <translation>{point} se punció: {precaution}.</translation>
    </message>
    <message>
        <source>Precaution: {precaution}.</source>
        <translation>Precaución: {precaution}.</translation>
    </message>
</context>
<context>
    <name>drawing.clinic_map</name>
    <message>
        <source>{patients} patients; darkest: {share}% of them</source>
        <translation>{patients} pacientes; el más oscuro: el {share}% de ellos</translation>
    </message>
    <message>
        <source>{n} patients ({share}%)</source>
        <translation>{n} pacientes ({share}%)</translation>
    </message>
</context>
<context>
    <name>drawing.diagram</name>
    <message>
        <source>R</source>
        <translation>D</translation>
    </message>
    <message>
        <source>L</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Patient&apos;s right</source>
        <translation>Dcha. paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s left</source>
        <translation>Izda. paciente</translation>
    </message>
    <message>
        <source>FRONT (anterior view)</source>
        <translation>ANTERIOR (vista anterior)</translation>
    </message>
    <message>
        <source>BACK (posterior view)</source>
        <translation>POSTERIOR (vista posterior)</translation>
    </message>
    <message>
        <source>R sole</source>
        <translation>Planta D</translation>
    </message>
    <message>
        <source>L sole</source>
        <translation>Planta I</translation>
    </message>
</context>
<context>
    <name>drawing.pain</name>
    <message>
        <source>not described</source>
        <translation>no descrito</translation>
    </message>
    <message>
        <source>Pain drawing</source>
        <translation>Dibujo del dolor</translation>
    </message>
</context>
<context>
    <name>drawing.progress_chart</name>
    <message>
        <source>Pain before and after each session</source>
        <translation>Dolor antes y después de cada sesión</translation>
    </message>
    <message>
        <source>NPRS 0-10</source>
        <translation>NPRS 0-10</translation>
    </message>
    <message>
        <source>before treatment</source>
        <translation>antes del tratamiento</translation>
    </message>
    <message>
        <source>after treatment</source>
        <translation>después del tratamiento</translation>
    </message>
    <message>
        <source>Pain area drawn</source>
        <translation>Área de dolor dibujada</translation>
    </message>
    <message>
        <source>% of the body</source>
        <translation>% del cuerpo</translation>
    </message>
    <message>
        <source>No pain drawings</source>
        <translation>Sin dibujos del dolor</translation>
    </message>
    <message>
        <source>Active trigger points per muscle, each session</source>
        <translation>Puntos gatillo activos por músculo, en cada sesión</translation>
    </message>
    <message>
        <source>1 more muscle not shown</source>
        <translation>1 músculo más no mostrado</translation>
    </message>
    <message>
        <source>{n} more muscles not shown</source>
        <translation>{n} músculos más no mostrados</translation>
    </message>
    <message>
        <source>the {shown} latest sessions of {total}</source>
        <translation>las {shown} últimas sesiones de {total}</translation>
    </message>
    <message>
        <source>No active trigger points recorded.</source>
        <translation>No se registraron puntos gatillo activos.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
</context>
<context>
    <name>i18n.terms</name>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>línea media</translation>
    </message>
    <message>
        <source>R</source>
        <translation>D</translation>
    </message>
    <message>
        <source>L</source>
        <translation>I</translation>
    </message>
    <message>
        <source>superficial</source>
        <translation>superficial</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>intermedio</translation>
    </message>
    <message>
        <source>deep</source>
        <translation>profundo</translation>
    </message>
    <message>
        <source>front</source>
        <translation>anterior</translation>
    </message>
    <message>
        <source>back</source>
        <translation>posterior</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latente</translation>
    </message>
    <message>
        <source>essential</source>
        <translation>esencial</translation>
    </message>
    <message>
        <source>spillover</source>
        <translation>de derrame</translation>
    </message>
</context>
<context>
    <name>records.carry</name>
    <message>
        <source>session {session} is signed: points can be carried forward only into a draft</source>
        <translation>la sesión {session} está firmada: los puntos solo pueden traerse a un borrador</translation>
    </message>
    <message>
        <source>session {session} cannot be carried forward into itself</source>
        <translation>la sesión {session} no puede traerse a sí misma</translation>
    </message>
    <message>
        <source>session {session} is another patient&apos;s (patient {patient}, not {target}); points are carried forward only within one patient&apos;s sessions</source>
        <translation>la sesión {session} es de otro paciente (paciente {patient}, no {target}); los puntos solo se traen entre sesiones de un mismo paciente</translation>
    </message>
    <message>
        <source>session {session} ({started}) is later than session {target} ({target_started}); carry points forward, not back</source>
        <translation>la sesión {session} ({started}) es posterior a la sesión {target} ({target_started}); traiga los puntos hacia delante, no hacia atrás</translation>
    </message>
    <message>
        <source>session {target} already has points carried forward from session {session}</source>
        <translation>la sesión {target} ya tiene puntos traídos de la sesión {session}</translation>
    </message>
    <message>
        <source>session {session} has points carried forward and not re-checked ({numbers}): confirm or remove them before signing</source>
        <translation>la sesión {session} tiene puntos traídos y no revisados ({numbers}): confírmelos o elimínelos antes de firmar</translation>
    </message>
    <message>
        <source>session {session} has {count} point carried forward from patient {patient}&apos;s sessions; delete it before moving the session to another patient</source>
        <translation>la sesión {session} tiene {count} punto traído de las sesiones del paciente {patient}; elimínelo antes de pasar la sesión a otro paciente</translation>
    </message>
    <message>
        <source>session {session} has {count} points carried forward from patient {patient}&apos;s sessions; delete them before moving the session to another patient</source>
        <translation>la sesión {session} tiene {count} puntos traídos de las sesiones del paciente {patient}; elimínelos antes de pasar la sesión a otro paciente</translation>
    </message>
</context>
<context>
    <name>records.disk_encryption</name>
    <message>
        <source>Your records in {folder} are on a disk that is not encrypted: anyone who gets hold of this computer or its disk can read them. Turn on disk encryption (LUKS when installing Linux, FileVault on a Mac, BitLocker on Windows).</source>
        <translation>Sus registros en {folder} están en un disco que no está cifrado: cualquiera que se haga con este ordenador o con su disco puede leerlos. Active el cifrado del disco (LUKS al instalar Linux, FileVault en un Mac, BitLocker en Windows).</translation>
    </message>
    <message>
        <source>dn-bodymap could not tell whether {folder} is on an encrypted disk; make sure it is (LUKS, FileVault or BitLocker), since the records file itself is not encrypted.</source>
        <translation>dn-bodymap no pudo saber si {folder} está en un disco cifrado; asegúrese de que lo esté (LUKS, FileVault o BitLocker), ya que el propio archivo de registros no está cifrado.</translation>
    </message>
</context>
<context>
    <name>records.files</name>
    <message>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation>no se puede crear la carpeta {folder}: {reason}</translation>
    </message>
    <message>
        <source>cannot create {path}: {reason}</source>
        <translation>no se puede crear {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} was open to other users (mode {mode}); it is now private to you ({wanted})</source>
        <translation>{path} estaba abierto a otros usuarios (modo {mode}); ahora es privado para usted ({wanted})</translation>
    </message>
    <message>
        <source>{path} is open to other users (mode {mode}) and could not be made private ({reason}); ask whoever owns it to run chmod {wanted}</source>
        <translation>{path} está abierto a otros usuarios (modo {mode}) y no se pudo hacer privado ({reason}); pida a quien sea su propietario que ejecute chmod {wanted}</translation>
    </message>
    <message>
        <source>{path} was not written: {reason}</source>
        <translation>{path} no se escribió: {reason}</translation>
    </message>
    <message>
        <source>the disk is full (free some space and try again)</source>
        <translation>el disco está lleno (libere espacio e inténtelo de nuevo)</translation>
    </message>
</context>
<context>
    <name>records.points</name>
    <message>
        <source>session {session} holds as many points as a session may ({count}, numbered up to {number})</source>
        <translation>la sesión {session} ya tiene tantos puntos como admite una sesión ({count}, numerados hasta {number})</translation>
    </message>
</context>
<context>
    <name>records.sign_check</name>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Cribado</translation>
    </message>
    <message>
        <source>Pain before (NPRS)</source>
        <translation>Dolor antes (NPRS)</translation>
    </message>
    <message>
        <source>Pain after (NPRS)</source>
        <translation>Dolor después (NPRS)</translation>
    </message>
    <message>
        <source>Point type (active/latent)</source>
        <translation>Tipo de punto (activo/latente)</translation>
    </message>
    <message>
        <source>Points to re-check</source>
        <translation>Puntos a revisar</translation>
    </message>
    <message>
        <source>{item} (carried, not confirmed)</source>
        <translation>{item} (traído, sin confirmar)</translation>
    </message>
    <message>
        <source>Points carried forward and not re-checked today: {points}. Confirm or delete each.</source>
        <translation>Puntos traídos de la visita anterior y no revisados hoy: {points}. Confirme o elimine cada uno.</translation>
    </message>
    <message>
        <source>Informed consent not recorded</source>
        <translation>Consentimiento informado no registrado</translation>
    </message>
    <message>
        <source> (points were needled)</source>
        <translation> (se puncionaron puntos)</translation>
    </message>
    <message>
        <source>Screening: {count} of {total} items not asked ({items})</source>
        <translation>Cribado: {count} de {total} elementos sin preguntar ({items})</translation>
    </message>
    <message>
        <source>carried from {date}</source>
        <translation>traído del {date}</translation>
    </message>
    <message>
        <source>carried</source>
        <translation>traído</translation>
    </message>
    <message>
        <source>{item}: {answer}{note}, {since}, not confirmed today</source>
        <translation>{item}: {answer}{note}, {since}, sin confirmar hoy</translation>
    </message>
    <message>
        <source>Pain before treatment (NPRS) not recorded</source>
        <translation>Dolor antes del tratamiento (NPRS) no registrado</translation>
    </message>
    <message>
        <source>Pain after treatment (NPRS) not recorded</source>
        <translation>Dolor después del tratamiento (NPRS) no registrado</translation>
    </message>
    <message>
        <source>Active or latent not recorded for points {points}</source>
        <translation>Activo o latente no registrado para los puntos {points}</translation>
    </message>
    <message>
        <source>Active or latent not recorded for point {points}</source>
        <translation>Activo o latente no registrado para el punto {points}</translation>
    </message>
</context>
<context>
    <name>records.signing</name>
    <message>
        <source>session {session} is already signed (by {signer}, {at})</source>
        <translation>la sesión {session} ya está firmada (por {signer}, {at})</translation>
    </message>
    <message>
        <source>the session began; correct its start time first</source>
        <translation>la hora de inicio de la sesión; corríjala primero</translation>
    </message>
    <message>
        <source>session {session} is a draft: edit it directly (addenda are for signed sessions)</source>
        <translation>la sesión {session} es un borrador: edítela directamente (las adendas son para sesiones firmadas)</translation>
    </message>
    <message>
        <source>session {session} has {count} addenda, as many as a session may hold</source>
        <translation>la sesión {session} tiene {count} adendas, tantas como admite una sesión</translation>
    </message>
    <message>
        <source>{where}: {later} is before {what} ({earlier})</source>
        <translation>{where}: {later} es anterior a {what} ({earlier})</translation>
    </message>
</context>
<context>
    <name>records.validate</name>
    <message>
        <source>text of {count} characters is too long (at most {most})</source>
        <translation>un texto de {count} caracteres es demasiado largo (como máximo {most})</translation>
    </message>
    <message>
        <source>is not a name (must be non-empty text)</source>
        <translation>no es un nombre (debe ser un texto no vacío)</translation>
    </message>
    <message>
        <source>is not a name (one line, at most {count} characters)</source>
        <translation>no es un nombre (una línea, como máximo {count} caracteres)</translation>
    </message>
    <message>
        <source>is not a name (only invisible characters)</source>
        <translation>no es un nombre (solo caracteres invisibles)</translation>
    </message>
    <message>
        <source>is not a possible date of birth</source>
        <translation>no es una fecha de nacimiento posible</translation>
    </message>
    <message>
        <source>is not a plausible date and time (from 1900 to a year from now)</source>
        <translation>no es una fecha y hora verosímil (desde 1900 hasta dentro de un año)</translation>
    </message>
    <message>
        <source>{depth} mm is deeper than the needle is long ({length} mm)</source>
        <translation>{depth} mm es más profundo que la longitud de la aguja ({length} mm)</translation>
    </message>
    <message>
        <source>there is no depth (depth_mm) to confirm</source>
        <translation>no hay profundidad (depth_mm) que confirmar</translation>
    </message>
</context>
<context>
    <name>records.vocab</name>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Active infection at or near the site</source>
        <translation>Infección activa en el lugar o cerca de él</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Embarazo</translation>
    </message>
    <message>
        <source>Needle phobia</source>
        <translation>Fobia a las agujas</translation>
    </message>
    <message>
        <source>Anticoagulant or blood-thinning medication</source>
        <translation>Medicación anticoagulante o antiagregante</translation>
    </message>
    <message>
        <source>Bleeding disorder</source>
        <translation>Trastorno de la coagulación</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <source>Compromised immune system</source>
        <translation>Sistema inmunitario comprometido</translation>
    </message>
    <message>
        <source>Epilepsy</source>
        <translation>Epilepsia</translation>
    </message>
    <message>
        <source>Vascular disease</source>
        <translation>Enfermedad vascular</translation>
    </message>
    <message>
        <source>Metal allergy</source>
        <translation>Alergia a metales</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No preguntado</translation>
    </message>
    <message>
        <source>Bruising</source>
        <translation>Hematoma</translation>
    </message>
    <message>
        <source>Bleeding</source>
        <translation>Sangrado</translation>
    </message>
    <message>
        <source>Post-needling soreness</source>
        <translation>Dolor tras la punción</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Fatiga</translation>
    </message>
    <message>
        <source>Fainting or dizziness</source>
        <translation>Mareo o desvanecimiento</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Cefalea</translation>
    </message>
    <message>
        <source>Sweating</source>
        <translation>Sudoración</translation>
    </message>
    <message>
        <source>Skin irritation</source>
        <translation>Irritación cutánea</translation>
    </message>
    <message>
        <source>Short-term increase in pain</source>
        <translation>Aumento transitorio del dolor</translation>
    </message>
    <message>
        <source>Taut band</source>
        <translation>Banda tensa</translation>
    </message>
    <message>
        <source>Spot tenderness</source>
        <translation>Dolor a la palpación</translation>
    </message>
    <message>
        <source>Familiar pain reproduced</source>
        <translation>Dolor reconocido reproducido</translation>
    </message>
    <message>
        <source>Referred pain elicited</source>
        <translation>Dolor referido provocado</translation>
    </message>
    <message>
        <source>Local twitch response on palpation</source>
        <translation>Respuesta de espasmo local a la palpación</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>Latente</translation>
    </message>
    <message>
        <source>Pistoning</source>
        <translation>Pistoneo</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Estática</translation>
    </message>
    <message>
        <source>With electrical stimulation</source>
        <translation>Con electroestimulación</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Mala</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
</context>
<context>
    <name>referral.pattern</name>
    <message>
        <source>A band around the side of the head from the base of the skull to the temple and above the eye (lower forehead).</source>
        <translation>Una banda alrededor del lado de la cabeza desde la base del cráneo hasta la sien y por encima del ojo (parte baja de la frente).</translation>
    </message>
    <message>
        <source>A band low across the back on both sides over the sacrum and sacroiliac region; some also ache in the lower abdomen above the pubis.</source>
        <translation>Una banda baja que cruza la espalda a ambos lados sobre el sacro y la región sacroilíaca; algunos sienten también dolor en el abdomen inferior por encima del pubis.</translation>
    </message>
    <message>
        <source>A deep ache behind the breastbone, which may be felt across the midline; it may spread over the upper chest to the front of the shoulder and the inner arm.</source>
        <translation>Un dolor profundo detrás del esternón, que puede sentirse a través de la línea media; puede extenderse por la parte alta del tórax hasta la cara anterior del hombro y la cara interna del brazo.</translation>
    </message>
    <message>
        <source>A deep ache in the groin just below the inguinal ligament, over the front of the hip joint; it may spread onto the upper inner thigh.</source>
        <translation>Un dolor profundo en la ingle justo por debajo del ligamento inguinal, sobre la cara anterior de la articulación de la cadera; puede extenderse a la parte alta de la cara interna del muslo.</translation>
    </message>
    <message>
        <source>A deep ache in the thumb side of the volar wrist and forearm.</source>
        <translation>Un dolor profundo en el lado del pulgar de la muñeca y el antebrazo palmares.</translation>
    </message>
    <message>
        <source>A deep ache over the middle of the deltoid at the outer shoulder, often also at the lateral epicondyle; it may spread down the outer arm and forearm toward the wrist.</source>
        <translation>Un dolor profundo sobre la parte media del deltoides en el hombro lateral, a menudo también en el epicóndilo lateral; puede bajar por la cara externa del brazo y el antebrazo hacia la muñeca.</translation>
    </message>
    <message>
        <source>A deep trigger point just above the outer elbow refers to the lateral epicondyle (tennis elbow) and may spread down the radial forearm.</source>
        <translation>Un punto gatillo profundo justo por encima del codo lateral refiere al epicóndilo lateral (codo de tenista) y puede extenderse por el antebrazo radial.</translation>
    </message>
    <message>
        <source>A deep, poorly localised headache from the base of the skull around the side of the head to the eye; at times over the forehead.</source>
        <translation>Una cefalea profunda y mal localizada desde la base del cráneo alrededor del lado de la cabeza hasta el ojo; a veces sobre la frente.</translation>
    </message>
    <message>
        <source>A deep, steady ache under the upper part of the shoulder blade; it may spread over the back of the shoulder and arm, the ulnar forearm and hand to the little finger, and to the upper chest.</source>
        <translation>Un dolor profundo y constante bajo la parte alta de la escápula; puede extenderse por la parte posterior del hombro y el brazo, el antebrazo cubital y la mano hasta el meñique, y a la parte alta del tórax.</translation>
    </message>
    <message>
        <source>A horizontal band across the mid back on both sides at the thoracolumbar level, with pain in the upper abdomen near the xiphoid (like heartburn or indigestion).</source>
        <translation>Una banda horizontal que cruza la zona dorsal media a ambos lados a nivel toracolumbar, con dolor en el abdomen superior cerca del xifoides (como ardor o indigestión).</translation>
    </message>
    <message>
        <source>A hot, stinging, superficial pain running up and down the inner thigh.</source>
        <translation>Un dolor superficial, ardiente y punzante que sube y baja por la cara interna del muslo.</translation>
    </message>
    <message>
        <source>A local ache in the middle of the top of the foot, over the muscle.</source>
        <translation>Un dolor local en la mitad del dorso del pie, sobre el músculo.</translation>
    </message>
    <message>
        <source>A local ache over the middle of the top of the foot, over the short toe extensors.</source>
        <translation>Un dolor local sobre la mitad del dorso del pie, sobre los extensores cortos de los dedos.</translation>
    </message>
    <message>
        <source>A nagging local ache over and around the muscle, on the lower ribs of the back.</source>
        <translation>Un dolor local persistente sobre el músculo y a su alrededor, en las costillas inferiores de la espalda.</translation>
    </message>
    <message>
        <source>A rare trigger point in the lower outer soleus that refers deep pain to the sacroiliac joint on the same side.</source>
        <translation>Un punto gatillo raro en la parte inferolateral del sóleo que refiere dolor profundo a la articulación sacroilíaca del mismo lado.</translation>
    </message>
    <message>
        <source>A small, deep, sharply located spot at the back of the shoulder, in the posterior deltoid just above its insertion, like a bursitis; it may spread a little over the back of the upper arm.</source>
        <translation>Un punto pequeño, profundo y bien localizado en la parte posterior del hombro, en el deltoides posterior justo por encima de su inserción, como una bursitis; puede extenderse un poco por la parte posterior del brazo.</translation>
    </message>
    <message>
        <source>A stiff ache at the angle of the neck, where neck meets shoulder; at times down the inner border of the shoulder blade and to the back of the shoulder.</source>
        <translation>Un dolor con rigidez en el ángulo del cuello, donde el cuello se une al hombro; a veces baja por el borde interno de la escápula y hasta la parte posterior del hombro.</translation>
    </message>
    <message>
        <source>A superficial burning ache between the shoulder blade and the spine, running from the trigger point in toward the upper thoracic spinous processes.</source>
        <translation>Un dolor ardiente superficial entre la escápula y la columna, que va desde el punto gatillo hacia las apófisis espinosas torácicas altas.</translation>
    </message>
    <message>
        <source>A superficial prickling in the palm, rather than a deep ache; it may reach the lower volar forearm.</source>
        <translation>Un hormigueo superficial en la palma, más que un dolor profundo; puede llegar a la parte baja del antebrazo palmar.</translation>
    </message>
    <message>
        <source>A superficial sharp or tingling pain in a narrow band along the course of the muscle, across the front of the thigh and down its inner side to the inner knee.</source>
        <translation>Un dolor superficial agudo u hormigueante en una banda estrecha a lo largo del trayecto del músculo, cruzando la cara anterior del muslo y bajando por su cara interna hasta la rodilla medial.</translation>
    </message>
    <message>
        <source>A trigger point at the musculotendinous junction just above the olecranon makes the tip of the elbow itself sore.</source>
        <translation>Un punto gatillo en la unión miotendinosa justo por encima del olécranon hace que duela la propia punta del codo.</translation>
    </message>
    <message>
        <source>A trigger point deep in the medial head near its inner border, just above the elbow, refers to the medial epicondyle; pain may run on along the inner forearm to the palm side of the ring and little fingers.</source>
        <translation>Un punto gatillo profundo en la cabeza medial cerca de su borde interno, justo por encima del codo, refiere al epicóndilo medial; el dolor puede continuar por la cara interna del antebrazo hasta la cara palmar de los dedos anular y meñique.</translation>
    </message>
    <message>
        <source>A trigger point near the medial border of the shoulder blade refers along that border, between the shoulder blade and the spine.</source>
        <translation>Un punto gatillo cerca del borde medial de la escápula refiere a lo largo de ese borde, entre la escápula y la columna.</translation>
    </message>
    <message>
        <source>A vertical strip beside the lumbar spine on the same side, down to the sacroiliac region, and the groin and front of the upper thigh; spillover into the upper buttock and further down the front of the thigh.</source>
        <translation>Una franja vertical junto a la columna lumbar del mismo lado, bajando hasta la región sacroilíaca, y la ingle y la cara anterior de la parte alta del muslo; derrame hacia la parte alta de la nalga y más abajo por la cara anterior del muslo.</translation>
    </message>
    <message>
        <source>Along the back of the iliac crest, over the sacroiliac joint and on to the sacrum; spillover into the upper buttock.</source>
        <translation>A lo largo de la parte posterior de la cresta ilíaca, sobre la articulación sacroilíaca y hacia el sacro; derrame hacia la parte alta de la nalga.</translation>
    </message>
    <message>
        <source>Along the iliac crest and over the greater trochanter at the outer hip; some also feel it in the lower side of the abdomen and the groin, or just below the trochanter.</source>
        <translation>A lo largo de la cresta ilíaca y sobre el trocánter mayor en la cadera lateral; algunos lo sienten también en la parte baja del costado del abdomen y en la ingle, o justo por debajo del trocánter.</translation>
    </message>
    <message>
        <source>An ache along the medial border of the shoulder blade, between it and the spine; it may spread up and out over the top of the shoulder blade.</source>
        <translation>Un dolor a lo largo del borde medial de la escápula, entre ella y la columna; puede extenderse hacia arriba y hacia fuera por la parte superior de la escápula.</translation>
    </message>
    <message>
        <source>An ache along the outside of the thumb and the thenar eminence, just beyond the wrist crease; it may reach the whole thumb and the thumb web.</source>
        <translation>Un dolor a lo largo de la cara externa del pulgar y la eminencia tenar, justo más allá del pliegue de la muñeca; puede llegar a todo el pulgar y a la comisura del pulgar.</translation>
    </message>
    <message>
        <source>An ache around the lower tip of the shoulder blade and the nearby mid back; it may spread to the back of the shoulder and down the inner arm and forearm to the ring and little fingers.</source>
        <translation>Un dolor alrededor de la punta inferior de la escápula y de la zona dorsal media vecina; puede extenderse a la parte posterior del hombro y bajar por la cara interna del brazo y del antebrazo hasta los dedos anular y meñique.</translation>
    </message>
    <message>
        <source>An ache close beside the spinous processes at and just around the level of the trigger point in the mid back; it stays by the spine.</source>
        <translation>Un dolor muy junto a las apófisis espinosas a la altura del punto gatillo de la zona dorsal media y justo a su alrededor; se queda junto a la columna.</translation>
    </message>
    <message>
        <source>An ache close beside the spinous processes at and just below the trigger point in the low back; from the lowest levels it can spread over the sacrum and to the coccyx.</source>
        <translation>Un dolor muy junto a las apófisis espinosas a la altura del punto gatillo de la zona lumbar y justo por debajo; desde los niveles más bajos puede extenderse sobre el sacro y hasta el cóccix.</translation>
    </message>
    <message>
        <source>An ache in the side of the chest around the trigger point and a spot at the lower inner edge of the shoulder blade; it may spread down the inner arm to the ulnar hand, ring and little fingers.</source>
        <translation>Un dolor en el costado del tórax alrededor del punto gatillo y un punto en el borde interno inferior de la escápula; puede bajar por la cara interna del brazo hasta la mano cubital y los dedos anular y meñique.</translation>
    </message>
    <message>
        <source>An arc up beside the nose, past the inner corner of the eye, to the middle of the forehead.</source>
        <translation>Un arco que sube junto a la nariz, pasa por el ángulo interno del ojo y llega a la mitad de la frente.</translation>
    </message>
    <message>
        <source>Anterior belly: the lower front teeth (incisors), the gum below them and the front of the chin; at times under the chin.</source>
        <translation>Vientre anterior: los incisivos inferiores, la encía por debajo de ellos y la parte anterior del mentón; a veces bajo el mentón.</translation>
    </message>
    <message>
        <source>Anterior fibres: the lower outer buttock and a strip down the outside of the thigh, the outer knee and the peroneal side of the leg, at times to the outer ankle but not into the foot.</source>
        <translation>Fibras anteriores: la parte inferolateral de la nalga y una franja por la cara externa del muslo, la rodilla lateral y el lado peroneo de la pierna, a veces hasta el tobillo lateral, pero no hasta el pie.</translation>
    </message>
    <message>
        <source>Anterior scalene, just behind the clavicular head of the SCM above the clavicle. The upper chest, the front and back of the arm, the thumb side of the hand and the inner border of the shoulder blade; at times down the thumb side of the forearm and into the index finger.</source>
        <translation>Escaleno anterior, justo detrás de la cabeza clavicular del ECM por encima de la clavícula. La parte alta del tórax, las caras anterior y posterior del brazo, el lado del pulgar de la mano y el borde interno de la escápula; a veces baja por el lado del pulgar del antebrazo y hasta el dedo índice.</translation>
    </message>
    <message>
        <source>Cervical multifidi (and rotatores) at about C4-C5: pain up to the base of the skull and down the back of the neck; at times over the shoulder to the upper inner border of the shoulder blade.</source>
        <translation>Multífidos (y rotadores) cervicales hacia C4-C5: dolor hacia arriba hasta la base del cráneo y hacia abajo por la nuca; a veces sobre el hombro hasta la parte alta del borde interno de la escápula.</translation>
    </message>
    <message>
        <source>Clavicular division: a frontal headache on the same side that spreads across to the other side of the forehead, and earache deep in and behind the ear.</source>
        <translation>División clavicular: una cefalea frontal del mismo lado que se extiende al otro lado de la frente, y otalgia profunda dentro y detrás del oído.</translation>
    </message>
    <message>
        <source>Deep groin pain spreading onto the upper inner front of the thigh, and from the lower trigger points pain above the inner knee; it can spill down the inner thigh and along the inner shin toward the ankle.</source>
        <translation>Dolor profundo en la ingle que se extiende a la parte alta de la cara anteromedial del muslo y, desde los puntos gatillo inferiores, dolor por encima de la rodilla medial; puede derramarse por la cara interna del muslo y a lo largo de la cara interna de la tibia hacia el tobillo.</translation>
    </message>
    <message>
        <source>Deep knee pain at the front of the knee, around and behind the kneecap; it may spread up over the lower front of the thigh.</source>
        <translation>Dolor profundo en la cara anterior de la rodilla, alrededor y detrás de la rótula; puede extenderse hacia arriba por la parte baja de la cara anterior del muslo.</translation>
    </message>
    <message>
        <source>Deep layer, high near the jaw joint: pain deep in the ear and at the jaw joint (TMJ); sometimes ringing in the ear.</source>
        <translation>Capa profunda, alta cerca de la articulación de la mandíbula: dolor profundo en el oído y en la articulación temporomandibular (ATM); a veces zumbido en el oído.</translation>
    </message>
    <message>
        <source>Deep pain in the front of the shoulder joint; it may spread down the front and outer arm and the radial forearm to the thumb side of the hand, and occasionally to the upper back of the neck below the skull.</source>
        <translation>Dolor profundo en la cara anterior de la articulación del hombro; puede bajar por las caras anterior y externa del brazo y por el antebrazo radial hasta el lado del pulgar de la mano y, en ocasiones, a la parte alta de la nuca bajo el cráneo.</translation>
    </message>
    <message>
        <source>Deep pain in the jaw joint (TMJ) and over the maxillary sinus in the cheek.</source>
        <translation>Dolor profundo en la articulación temporomandibular (ATM) y sobre el seno maxilar en la mejilla.</translation>
    </message>
    <message>
        <source>Deep pain in the upper abdomen and lower chest (epigastric, heartburn-like); lower lateral fibres can send pain to the lower abdomen and the groin.</source>
        <translation>Dolor profundo en el abdomen superior y la parte baja del tórax (epigástrico, como ardor); las fibras inferolaterales pueden enviar dolor al abdomen inferior y a la ingle.</translation>
    </message>
    <message>
        <source>Deep soreness through the whole buttock and over the lower sacrum, most felt when sitting; it can spread up toward the iliac crest and out toward the back of the hip.</source>
        <translation>Dolor profundo en toda la nalga y sobre el sacro inferior, que se siente sobre todo al estar sentado; puede extenderse hacia arriba, hacia la cresta ilíaca, y hacia fuera, hacia la parte posterior de la cadera.</translation>
    </message>
    <message>
        <source>Fingers of pain over the temple, along the eyebrow and into the upper teeth; at times more of the side of the head and the upper jaw.</source>
        <translation>Dedos de dolor sobre la sien, a lo largo de la ceja y hacia los dientes superiores; a veces más del lado de la cabeza y del maxilar superior.</translation>
    </message>
    <message>
        <source>From above the eye down along the side of the nose to the upper lip.</source>
        <translation>Desde encima del ojo bajando por el lado de la nariz hasta el labio superior.</translation>
    </message>
    <message>
        <source>From fibres beside the sacrum: a crescent of pain from the sacroiliac joint down the edge of the sacrum to the coccyx and out along the gluteal fold.</source>
        <translation>Desde las fibras junto al sacro: una media luna de dolor desde la articulación sacroilíaca bajando por el borde del sacro hasta el cóccix y hacia fuera a lo largo del pliegue glúteo.</translation>
    </message>
    <message>
        <source>From the lower lateral fibres, along the side of the lower ribs: pain at the front of the shoulder, and sometimes over the flank just above the iliac crest.</source>
        <translation>Desde las fibras inferolaterales, a lo largo del costado de las costillas inferiores: dolor en la cara anterior del hombro y, a veces, sobre el flanco justo por encima de la cresta ilíaca.</translation>
    </message>
    <message>
        <source>From the lower thoracic iliocostalis pain spreads up over the lower medial border and angle of the scapula; some feel it round the side of the chest and into the upper abdomen in front.</source>
        <translation>Desde el iliocostal torácico bajo, el dolor sube por la parte baja del borde medial y el ángulo de la escápula; algunos lo sienten alrededor del costado del tórax y en el abdomen superior por delante.</translation>
    </message>
    <message>
        <source>From the medial head the main pain is in the instep, the inner arch of the sole; it spills into the back of the knee, down the inner calf and to the back of the ankle.</source>
        <translation>Desde la cabeza medial, el dolor principal está en el arco interno de la planta del pie; se derrama hacia la parte posterior de la rodilla, bajando por la cara interna de la pantorrilla y hasta la parte posterior del tobillo.</translation>
    </message>
    <message>
        <source>From the mid-thigh trigger points pain runs up the inner front of the thigh to the groin just below the inguinal ligament and down nearly to the knee.</source>
        <translation>Desde los puntos gatillo de la mitad del muslo, el dolor sube por la cara anteromedial del muslo hasta la ingle justo por debajo del ligamento inguinal y baja casi hasta la rodilla.</translation>
    </message>
    <message>
        <source>From the mid-thoracic iliocostalis (about T6) pain runs up over the medial shoulder blade toward the shoulder, and out to the side of the chest in front (on the left it can pass for heart pain).</source>
        <translation>Desde el iliocostal torácico medio (hacia T6), el dolor sube por la escápula medial hacia el hombro y sale hacia el costado del tórax por delante (en el lado izquierdo puede confundirse con dolor cardíaco).</translation>
    </message>
    <message>
        <source>From the proximal trigger point near the ischial tuberosity: a deep, diffuse pain inside the pelvis, which may be felt at the pubic bone, in the vagina or the rectum, at times in the bladder. The zones mark where this internal pain is shown on the surface, not an area of skin.</source>
        <translation>Desde el punto gatillo proximal cerca de la tuberosidad isquiática: un dolor profundo y difuso dentro de la pelvis, que puede sentirse en el pubis, en la vagina o el recto, a veces en la vejiga. Las zonas marcan dónde se representa en la superficie este dolor interno, no un área de piel.</translation>
    </message>
    <message>
        <source>From the upper lumbar iliocostalis pain runs down to the middle of the buttock; the low back between the trigger point and the buttock may ache too.</source>
        <translation>Desde el iliocostal lumbar alto, el dolor baja hasta la mitad de la nalga; la zona lumbar entre el punto gatillo y la nalga también puede doler.</translation>
    </message>
    <message>
        <source>Frontal belly: local pain over the forehead on the same side, spreading up over it.</source>
        <translation>Vientre frontal: dolor local sobre la frente del mismo lado, que se extiende hacia arriba por ella.</translation>
    </message>
    <message>
        <source>High up the back of the neck (upper cervical muscles) to the mastoid, and a spot on the acromion; at times over the top of the shoulder blade and along its inner border.</source>
        <translation>Alto en la nuca (músculos cervicales superiores) hasta la mastoides, y un punto en el acromion; a veces sobre la parte superior de la escápula y a lo largo de su borde interno.</translation>
    </message>
    <message>
        <source>Intense pain over the front of the chest and breast; it may spread down the inner arm to the medial epicondyle and the ulnar forearm to the ring and little fingers.</source>
        <translation>Dolor intenso sobre la cara anterior del tórax y la mama; puede bajar por la cara interna del brazo hasta el epicóndilo medial y por el antebrazo cubital hasta los dedos anular y meñique.</translation>
    </message>
    <message>
        <source>Like adductor longus: deep groin pain and the upper inner front of the thigh, pain above the inner knee, at times down the inner shin.</source>
        <translation>Como el aductor largo: dolor profundo en la ingle y la parte alta de la cara anteromedial del muslo, dolor por encima de la rodilla medial, a veces bajando por la cara interna de la tibia.</translation>
    </message>
    <message>
        <source>Like semitendinosus: pain in the lower buttock at the gluteal fold, spilling down the back of the inner thigh to the inner knee and upper calf.</source>
        <translation>Como el semitendinoso: dolor en la parte baja de la nalga en el pliegue glúteo, que se derrama por la cara posterior e interna del muslo hasta la rodilla medial y la parte alta de la pantorrilla.</translation>
    </message>
    <message>
        <source>Local pain over the back and middle of the deltoid, spreading a little down the back of the arm.</source>
        <translation>Dolor local sobre las partes posterior y media del deltoides, que se extiende un poco por la parte posterior del brazo.</translation>
    </message>
    <message>
        <source>Local pain over the front and middle of the deltoid; it may spread a little down the arm.</source>
        <translation>Dolor local sobre las partes anterior y media del deltoides; puede extenderse un poco brazo abajo.</translation>
    </message>
    <message>
        <source>Lower trigger point: an ache at the angle of the neck, where neck meets shoulder.</source>
        <translation>Punto gatillo inferior: un dolor en el ángulo del cuello, donde el cuello se une al hombro.</translation>
    </message>
    <message>
        <source>Mid-neck trigger point: pain up to the base of the skull (suboccipital region) and along the back of the neck; at times down over the shoulder to the upper inner border of the shoulder blade.</source>
        <translation>Punto gatillo de la mitad del cuello: dolor hacia arriba hasta la base del cráneo (región suboccipital) y a lo largo de la nuca; a veces baja sobre el hombro hasta la parte alta del borde interno de la escápula.</translation>
    </message>
    <message>
        <source>Middle scalene, in the posterior triangle behind the anterior scalene. The upper chest, the front and back of the arm, the thumb side of the hand and the inner border of the shoulder blade; at times down the thumb side of the forearm and into the index finger.</source>
        <translation>Escaleno medio, en el triángulo posterior detrás del escaleno anterior. La parte alta del tórax, las caras anterior y posterior del brazo, el lado del pulgar de la mano y el borde interno de la escápula; a veces baja por el lado del pulgar del antebrazo y hasta el dedo índice.</translation>
    </message>
    <message>
        <source>Occipital belly: pain over the back of the head on the same side and deep through the head behind the eye; at times over the top of the head.</source>
        <translation>Vientre occipital: dolor sobre la parte posterior de la cabeza del mismo lado y profundo a través de la cabeza detrás del ojo; a veces sobre el vértex.</translation>
    </message>
    <message>
        <source>Over the greater trochanter and down the front and outside of the thigh, sometimes as far as the knee.</source>
        <translation>Sobre el trocánter mayor y bajando por las caras anterior y externa del muslo, a veces hasta la rodilla.</translation>
    </message>
    <message>
        <source>Pain above, behind and below the outer ankle bone and along the outer edge of the foot; it spills over the middle third of the outer leg.</source>
        <translation>Dolor por encima, por detrás y por debajo del maléolo lateral y a lo largo del borde externo del pie; se derrama sobre el tercio medio de la cara externa de la pierna.</translation>
    </message>
    <message>
        <source>Pain along the Achilles tendon just above the heel; it spills up the calf and into the heel and the whole sole of the foot and toes.</source>
        <translation>Dolor a lo largo del tendón de Aquiles justo por encima del talón; se derrama hacia arriba por la pantorrilla y hacia el talón y toda la planta del pie y los dedos.</translation>
    </message>
    <message>
        <source>Pain along the inner heel and the inner border of the foot; it spills along the instep, the inner arch.</source>
        <translation>Dolor a lo largo de la cara interna del talón y el borde interno del pie; se derrama a lo largo del arco interno de la planta.</translation>
    </message>
    <message>
        <source>Pain along the outer (ulnar) side of the little finger.</source>
        <translation>Dolor a lo largo del lado externo (cubital) del meñique.</translation>
    </message>
    <message>
        <source>Pain along the palm side of the finger the trigger point serves (most often the middle and ring fingers), shooting out past the fingertip.</source>
        <translation>Dolor a lo largo de la cara palmar del dedo al que sirve el punto gatillo (con más frecuencia los dedos medio y anular), que sale disparado más allá de la yema.</translation>
    </message>
    <message>
        <source>Pain along the palm side of the ring and little fingers, which may spread into the palm.</source>
        <translation>Dolor a lo largo de la cara palmar de los dedos anular y meñique, que puede extenderse a la palma.</translation>
    </message>
    <message>
        <source>Pain along the palm side of the thumb to its tip.</source>
        <translation>Dolor a lo largo de la cara palmar del pulgar hasta su punta.</translation>
    </message>
    <message>
        <source>Pain along the second toe, on its top and its underside; it can spread back over the neighbouring forefoot between the first and second metatarsals.</source>
        <translation>Dolor a lo largo del segundo dedo del pie, en su dorso y en su cara plantar; puede extenderse hacia atrás sobre el antepié vecino entre el primer y el segundo metatarsiano.</translation>
    </message>
    <message>
        <source>Pain along the side of the finger the muscle inserts on (for the 2nd dorsal interosseous the middle finger), reaching the last finger joint; associated with Heberden&apos;s nodes there.</source>
        <translation>Dolor a lo largo del lado del dedo en que se inserta el músculo (para el 2.º interóseo dorsal, el dedo medio), que llega a la última articulación del dedo; asociado allí a nódulos de Heberden.</translation>
    </message>
    <message>
        <source>Pain along the thumb side of the index finger, deep into the back of the hand and the palm; it may spill over to the ulnar side of the little finger.</source>
        <translation>Dolor a lo largo del lado del pulgar del dedo índice, profundo en el dorso de la mano y en la palma; puede derramarse al lado cubital del meñique.</translation>
    </message>
    <message>
        <source>Pain along the whole outer thigh, from the region of the greater trochanter down to the outer knee; it can spill just below the knee.</source>
        <translation>Dolor a lo largo de toda la cara externa del muslo, desde la región del trocánter mayor hasta la rodilla lateral; puede derramarse justo por debajo de la rodilla.</translation>
    </message>
    <message>
        <source>Pain and a sense of fullness in the rectum and the anococcygeal region, and pain in the vagina, shown here beside the coccyx; it may spill over onto the back of the upper thigh.</source>
        <translation>Dolor y sensación de plenitud en el recto y la región anococcígea, y dolor en la vagina, representados aquí junto al cóccix; puede derramarse a la parte posterior de la parte alta del muslo.</translation>
    </message>
    <message>
        <source>Pain around the outer ankle bone (above, behind and below it), a little way along the outer foot; at times over the lower outer leg.</source>
        <translation>Dolor alrededor del maléolo lateral (por encima, por detrás y por debajo de él), un poco a lo largo del borde externo del pie; a veces sobre la parte baja de la cara externa de la pierna.</translation>
    </message>
    <message>
        <source>Pain at the back of the base of the thumb and the thumb web; it may also be felt in the crook of the elbow and the front of the shoulder.</source>
        <translation>Dolor en el dorso de la base del pulgar y la comisura del pulgar; también puede sentirse en la flexura del codo y en la cara anterior del hombro.</translation>
    </message>
    <message>
        <source>Pain at the back of the knee extending down over the upper calf.</source>
        <translation>Dolor en la parte posterior de la rodilla que se extiende hacia abajo por la parte alta de la pantorrilla.</translation>
    </message>
    <message>
        <source>Pain at the back of the knee, mostly just below the crease.</source>
        <translation>Dolor en la parte posterior de la rodilla, sobre todo justo por debajo del pliegue.</translation>
    </message>
    <message>
        <source>Pain at the back of the knee; it spills up the back of the thigh and a little way below the knee into the upper calf.</source>
        <translation>Dolor en la parte posterior de la rodilla; se derrama hacia arriba por la parte posterior del muslo y un poco por debajo de la rodilla hacia la parte alta de la pantorrilla.</translation>
    </message>
    <message>
        <source>Pain at the heel, over its back and underside, and along the Achilles tendon; it may spread up the lower calf.</source>
        <translation>Dolor en el talón, sobre su cara posterior y plantar, y a lo largo del tendón de Aquiles; puede extenderse hacia arriba por la parte baja de la pantorrilla.</translation>
    </message>
    <message>
        <source>Pain at the inner front of the ankle and over the top and inner side of the big toe; it spills down the front of the shin from the trigger point.</source>
        <translation>Dolor en la cara anteromedial del tobillo y sobre el dorso y la cara interna del dedo gordo; se derrama por la cara anterior de la tibia desde el punto gatillo.</translation>
    </message>
    <message>
        <source>Pain at the inner front of the knee, along the inner side of the kneecap; a band may run up the lower inner thigh.</source>
        <translation>Dolor en la cara anteromedial de la rodilla, a lo largo del lado interno de la rótula; una banda puede subir por la parte baja de la cara interna del muslo.</translation>
    </message>
    <message>
        <source>Pain at the lateral epicondyle and over the back of the hand on the thumb side, near the anatomical snuffbox; the forearm between may ache too.</source>
        <translation>Dolor en el epicóndilo lateral y sobre el dorso de la mano en el lado del pulgar, cerca de la tabaquera anatómica; el antebrazo entre ambos también puede doler.</translation>
    </message>
    <message>
        <source>Pain at the lateral epicondyle and the outer elbow, with a second spot at the back of the thumb web; a classic source of &apos;tennis elbow&apos;.</source>
        <translation>Dolor en el epicóndilo lateral y el codo lateral, con un segundo punto en el dorso de la comisura del pulgar; una fuente clásica del &apos;codo de tenista&apos;.</translation>
    </message>
    <message>
        <source>Pain at the little-finger side of the volar wrist.</source>
        <translation>Dolor en el lado del meñique de la muñeca palmar.</translation>
    </message>
    <message>
        <source>Pain at the thumb side of the volar wrist crease, spreading a little into the forearm and the base of the palm.</source>
        <translation>Dolor en el lado del pulgar del pliegue palmar de la muñeca, que se extiende un poco al antebrazo y a la base de la palma.</translation>
    </message>
    <message>
        <source>Pain at the top of the head (vertex) on the same side.</source>
        <translation>Dolor en la parte superior de la cabeza (vértex) del mismo lado.</translation>
    </message>
    <message>
        <source>Pain below the collarbone and down the front of the arm, then (skipping the elbow) the radial forearm and, skipping the wrist, the thumb, index and middle fingers.</source>
        <translation>Dolor por debajo de la clavícula y bajando por la cara anterior del brazo, después (saltando el codo) el antebrazo radial y, saltando la muñeca, los dedos pulgar, índice y medio.</translation>
    </message>
    <message>
        <source>Pain close to the midline of the lower abdomen, from just above the pubic symphysis up toward the navel.</source>
        <translation>Dolor cerca de la línea media del abdomen inferior, desde justo por encima de la sínfisis del pubis hacia arriba, hacia el ombligo.</translation>
    </message>
    <message>
        <source>Pain in the back of the hand at the web between thumb and index finger, and at the lateral epicondyle; it may spread along the thumb side of the forearm and wrist.</source>
        <translation>Dolor en el dorso de la mano en la comisura entre el pulgar y el índice, y en el epicóndilo lateral; puede extenderse a lo largo del lado del pulgar del antebrazo y la muñeca.</translation>
    </message>
    <message>
        <source>Pain in the ball of the foot across the heads of the metatarsals.</source>
        <translation>Dolor en la almohadilla del pie a través de las cabezas de los metatarsianos.</translation>
    </message>
    <message>
        <source>Pain in the ball of the foot over the heads of the second to fourth metatarsals.</source>
        <translation>Dolor en la almohadilla del pie sobre las cabezas de los metatarsianos segundo a cuarto.</translation>
    </message>
    <message>
        <source>Pain in the groin and along the inguinal region, spreading into the lower abdomen.</source>
        <translation>Dolor en la ingle y a lo largo de la región inguinal, que se extiende al abdomen inferior.</translation>
    </message>
    <message>
        <source>Pain in the lower buttock at the gluteal fold; it spills down the back of the inner thigh to the inner back of the knee and the upper inner calf.</source>
        <translation>Dolor en la parte baja de la nalga en el pliegue glúteo; se derrama por la cara posterior e interna del muslo hasta la parte posterointerna de la rodilla y la parte alta de la cara interna de la pantorrilla.</translation>
    </message>
    <message>
        <source>Pain in the middle of the back of the wrist and hand.</source>
        <translation>Dolor en la mitad del dorso de la muñeca y de la mano.</translation>
    </message>
    <message>
        <source>Pain in the middle of the sole just behind the lesser toes and under those toes; it spills to the inner ankle and the inner calf.</source>
        <translation>Dolor en la mitad de la planta, justo detrás de los dedos menores y bajo ellos; se derrama hacia el tobillo medial y la cara interna de la pantorrilla.</translation>
    </message>
    <message>
        <source>Pain is felt far below the lower thoracic longissimus, in the lower buttock over the sacroiliac region; a faint trail may run down the lumbar back.</source>
        <translation>El dolor se siente muy por debajo del longísimo torácico bajo, en la parte baja de la nalga sobre la región sacroilíaca; un rastro tenue puede bajar por la zona lumbar.</translation>
    </message>
    <message>
        <source>Pain locally at the lateral epicondyle of the elbow.</source>
        <translation>Dolor local en el epicóndilo lateral del codo.</translation>
    </message>
    <message>
        <source>Pain on the little-finger side of the back of the wrist.</source>
        <translation>Dolor en el lado del meñique del dorso de la muñeca.</translation>
    </message>
    <message>
        <source>Pain on the palm side of most of the thumb and a spot on the thumb side of the wrist crease.</source>
        <translation>Dolor en la cara palmar de casi todo el pulgar y un punto en el lado del pulgar del pliegue de la muñeca.</translation>
    </message>
    <message>
        <source>Pain on the underside of the heel.</source>
        <translation>Dolor en la cara plantar del talón.</translation>
    </message>
    <message>
        <source>Pain over the back of the deltoid and down over the long head of the triceps at the back of the arm; sometimes also the back of the forearm.</source>
        <translation>Dolor sobre la parte posterior del deltoides y bajando sobre la cabeza larga del tríceps en la parte posterior del brazo; a veces también la parte posterior del antebrazo.</translation>
    </message>
    <message>
        <source>Pain over the back of the wrist and hand on the thumb side of the middle, from the wrist toward the index knuckle.</source>
        <translation>Dolor sobre el dorso de la muñeca y de la mano en el lado del pulgar de la línea media, desde la muñeca hacia el nudillo del índice.</translation>
    </message>
    <message>
        <source>Pain over the front of the deltoid and over the clavicular part of the muscle itself, below the collarbone.</source>
        <translation>Dolor sobre la parte anterior del deltoides y sobre la propia porción clavicular del músculo, por debajo de la clavícula.</translation>
    </message>
    <message>
        <source>Pain over the front of the deltoid; it may spread down the back of the arm (skipping the elbow), the back of the forearm and the back of the hand to the middle finger.</source>
        <translation>Dolor sobre la parte anterior del deltoides; puede bajar por la parte posterior del brazo (saltando el codo), la parte posterior del antebrazo y el dorso de la mano hasta el dedo medio.</translation>
    </message>
    <message>
        <source>Pain over the front of the deltoid; it may spread over the chest and down the ulnar side of the arm and forearm to the middle, ring and little fingers.</source>
        <translation>Dolor sobre la parte anterior del deltoides; puede extenderse sobre el tórax y bajar por el lado cubital del brazo y el antebrazo hasta los dedos medio, anular y meñique.</translation>
    </message>
    <message>
        <source>Pain over the front of the outer ankle; it can spill to the outer side of the heel.</source>
        <translation>Dolor sobre la cara anterior del tobillo lateral; puede derramarse a la cara externa del talón.</translation>
    </message>
    <message>
        <source>Pain over the front of the thigh, spreading from the mid-thigh down nearly to the knee.</source>
        <translation>Dolor sobre la cara anterior del muslo, que se extiende desde la mitad del muslo casi hasta la rodilla.</translation>
    </message>
    <message>
        <source>Pain over the top of the first metatarsal and the big toe; it may spill up over the front of the ankle and the lower shin.</source>
        <translation>Dolor sobre el dorso del primer metatarsiano y el dedo gordo; puede derramarse hacia arriba sobre la cara anterior del tobillo y la parte baja de la tibia.</translation>
    </message>
    <message>
        <source>Pain over the top of the foot toward the middle toes; it may spill up over the front of the ankle and the lower shin.</source>
        <translation>Dolor sobre el dorso del pie hacia los dedos medios; puede derramarse hacia arriba sobre la cara anterior del tobillo y la parte baja de la tibia.</translation>
    </message>
    <message>
        <source>Pain stays mostly at the trigger point in the rib space; what spreads runs forward along the same space toward the front of the chest rather than back toward the spine. Deep breaths, coughing and sneezing hurt.</source>
        <translation>El dolor se queda sobre todo en el punto gatillo del espacio intercostal; lo que se extiende avanza por el mismo espacio hacia la cara anterior del tórax, más que hacia atrás, hacia la columna. Las respiraciones profundas, la tos y los estornudos duelen.</translation>
    </message>
    <message>
        <source>Pain under and on the inner side of the head of the first metatarsal and over the big toe; it may spill to the second toe.</source>
        <translation>Dolor bajo la cabeza del primer metatarsiano y en su lado interno, y sobre el dedo gordo; puede derramarse al segundo dedo.</translation>
    </message>
    <message>
        <source>Pain under the big toe and the ball of the foot at the head of the first metatarsal.</source>
        <translation>Dolor bajo el dedo gordo y la almohadilla del pie en la cabeza del primer metatarsiano.</translation>
    </message>
    <message>
        <source>Pain under the outer ball of the foot, at the head of the fifth metatarsal; it may spread a little along the outer sole.</source>
        <translation>Dolor bajo la parte externa de la almohadilla del pie, en la cabeza del quinto metatarsiano; puede extenderse un poco a lo largo del borde externo de la planta.</translation>
    </message>
    <message>
        <source>Pain up over the biceps to the front of the shoulder; it may also be felt in the crook of the elbow and over the top of the shoulder blade.</source>
        <translation>Dolor que sube sobre el bíceps hasta la cara anterior del hombro; también puede sentirse en la flexura del codo y sobre la parte superior de la escápula.</translation>
    </message>
    <message>
        <source>Pain up the back of the arm to the back and top of the shoulder; it may reach toward the base of the neck and, skipping the elbow, the back of the forearm.</source>
        <translation>Dolor que sube por la parte posterior del brazo hasta las partes posterior y superior del hombro; puede llegar hacia la base del cuello y, saltando el codo, a la parte posterior del antebrazo.</translation>
    </message>
    <message>
        <source>Poorly localised pain in the mouth (tongue, hard palate) and the throat, below and behind the jaw joint, and deep in the ear; not in the teeth.</source>
        <translation>Dolor mal localizado en la boca (lengua, paladar duro) y la garganta, por debajo y por detrás de la articulación de la mandíbula, y profundo en el oído; no en los dientes.</translation>
    </message>
    <message>
        <source>Posterior belly: the upper part of the sternocleidomastoid just below and behind the ear, over the mastoid; at times the throat under the chin and the back of the head.</source>
        <translation>Vientre posterior: la parte alta del esternocleidomastoideo justo por debajo y por detrás del oído, sobre la mastoides; a veces la garganta bajo el mentón y la parte posterior de la cabeza.</translation>
    </message>
    <message>
        <source>Posterior fibres: the lower inner buttock and down the back of the thigh; spillover behind the knee and into the calf (a sciatica look-alike).</source>
        <translation>Fibras posteriores: la parte inferomedial de la nalga y bajando por la parte posterior del muslo; derrame por detrás de la rodilla y hacia la pantorrilla (imita una ciática).</translation>
    </message>
    <message>
        <source>Posterior scalene, low in the posterior triangle toward the trapezius edge. The upper chest, the front and back of the arm, the thumb side of the hand and the inner border of the shoulder blade; at times down the thumb side of the forearm and into the index finger.</source>
        <translation>Escaleno posterior, bajo en el triángulo posterior hacia el borde del trapecio. La parte alta del tórax, las caras anterior y posterior del brazo, el lado del pulgar de la mano y el borde interno de la escápula; a veces baja por el lado del pulgar del antebrazo y hasta el dedo índice.</translation>
    </message>
    <message>
        <source>Prickling pain over the lower jaw (the skin over the mandible) and the lower cheek on the same side.</source>
        <translation>Dolor punzante sobre la mandíbula (la piel sobre la mandíbula) y la parte baja de la mejilla del mismo lado.</translation>
    </message>
    <message>
        <source>Severe pain at the back of the shoulder; it may spread over the shoulder blade, down the back of the arm to the elbow, and as a band around the wrist, back and front.</source>
        <translation>Dolor intenso en la parte posterior del hombro; puede extenderse sobre la escápula, bajar por la parte posterior del brazo hasta el codo, y como una banda alrededor de la muñeca, por detrás y por delante.</translation>
    </message>
    <message>
        <source>Sternal division: over and around the eye and eyebrow, across the cheek, at the top of the head and behind the ear on the back of the skull, and at the top of the breastbone; at times the throat and chin, and from beside the eye out to the temple.</source>
        <translation>División esternal: sobre el ojo y la ceja y a su alrededor, a través de la mejilla, en el vértex y detrás del oído en la parte posterior del cráneo, y en la parte alta del esternón; a veces la garganta y el mentón, y desde el lado del ojo hacia la sien.</translation>
    </message>
    <message>
        <source>Superficial layer: the upper and lower back teeth, the cheek and the jaw; at times over the eyebrow and the temple.</source>
        <translation>Capa superficial: los molares superiores e inferiores, la mejilla y la mandíbula; a veces sobre la ceja y la sien.</translation>
    </message>
    <message>
        <source>The deep, medial trigger points send pain to the sacroiliac joint (upper) and to the lower buttock (lower).</source>
        <translation>Los puntos gatillo profundos y mediales envían dolor a la articulación sacroilíaca (los superiores) y a la parte baja de la nalga (los inferiores).</translation>
    </message>
    <message>
        <source>The low outer trigger point: pain at the outer knee and along the outer border of the kneecap, at times a little way up the outer thigh.</source>
        <translation>El punto gatillo lateral bajo: dolor en la rodilla lateral y a lo largo del borde externo de la rótula, a veces un poco hacia arriba por la cara externa del muslo.</translation>
    </message>
    <message>
        <source>The middle and outer buttock; spillover a little way down the back and outside of the upper thigh.</source>
        <translation>La parte media y externa de la nalga; derrame un poco hacia abajo por las caras posterior y externa de la parte alta del muslo.</translation>
    </message>
    <message>
        <source>The middle-finger extensor refers down the back of the forearm, wrist and hand into the middle finger, stopping short of its tip; the lateral elbow may ache too.</source>
        <translation>El extensor del dedo medio refiere bajando por la parte posterior del antebrazo, la muñeca y la mano hasta el dedo medio, sin llegar a su punta; el codo lateral también puede doler.</translation>
    </message>
    <message>
        <source>The more lateral, horizontal-fibre trigger point: up the back of the neck to the base of the skull (occiput) and behind the ear.</source>
        <translation>El punto gatillo más lateral, de las fibras horizontales: sube por la nuca hasta la base del cráneo (occipucio) y por detrás del oído.</translation>
    </message>
    <message>
        <source>The ring-finger extensor refers over the back of the hand into the ring finger.</source>
        <translation>El extensor del dedo anular refiere sobre el dorso de la mano hasta el dedo anular.</translation>
    </message>
    <message>
        <source>The sacroiliac region and the back of the hip, with spillover over the buttock and the upper back of the thigh. Travell &amp; Simons give it no pattern of its own: the referred pain of the short lateral rotators below the piriformis has not been told apart from the piriformis&apos;, so the piriformis pattern is shown.</source>
        <translation>La región sacroilíaca y la parte posterior de la cadera, con derrame sobre la nalga y la parte alta de la cara posterior del muslo. Travell &amp; Simons no le dan un patrón propio: el dolor referido de los rotadores laterales cortos por debajo del piriforme no se ha distinguido del del piriforme, por lo que se muestra el patrón del piriforme.</translation>
    </message>
    <message>
        <source>The sacroiliac region and the outer buttock over the back of the hip joint; spillover over the rest of the buttock and the upper two-thirds of the back of the thigh.</source>
        <translation>La región sacroilíaca y la parte externa de la nalga sobre la parte posterior de la articulación de la cadera; derrame sobre el resto de la nalga y los dos tercios superiores de la cara posterior del muslo.</translation>
    </message>
    <message>
        <source>The trigger point near the acromion: an ache on the top of the shoulder at the acromion.</source>
        <translation>El punto gatillo cerca del acromion: un dolor en la parte superior del hombro, en el acromion.</translation>
    </message>
    <message>
        <source>The trigger points high in both heads, just below the knee: pain behind the knee, at times into the upper calf.</source>
        <translation>Los puntos gatillo altos en ambas cabezas, justo por debajo de la rodilla: dolor detrás de la rodilla, a veces hacia la parte alta de la pantorrilla.</translation>
    </message>
    <message>
        <source>The upper trigger point below the head of the fibula: pain over the upper back of the calf.</source>
        <translation>El punto gatillo superior por debajo de la cabeza del peroné: dolor sobre la parte alta de la cara posterior de la pantorrilla.</translation>
    </message>
    <message>
        <source>Trigger points beside the navel cause cramping, colicky pain in the middle of the abdomen around the umbilicus.</source>
        <translation>Los puntos gatillo junto al ombligo causan un dolor tipo calambre o cólico en la mitad del abdomen, alrededor del ombligo.</translation>
    </message>
    <message>
        <source>Up the back and side of the neck to behind the ear (mastoid) and over the side of the head to the temple; at times the angle of the jaw and behind the eye. A leading cause of tension-type headache at the temple.</source>
        <translation>Sube por la parte posterior y lateral del cuello hasta detrás del oído (mastoides) y por el lado de la cabeza hasta la sien; a veces el ángulo de la mandíbula y detrás del ojo. Una causa principal de cefalea tensional en la sien.</translation>
    </message>
    <message>
        <source>Upper fibres refer a band of pain across the upper abdomen, from one costal margin to the other.</source>
        <translation>Las fibras superiores refieren una banda de dolor a través del abdomen superior, de un reborde costal al otro.</translation>
    </message>
    <message>
        <source>Upper trigger point: pain deep inside the head, focused behind the eye; at times spreading to the temple and the back of the head.</source>
        <translation>Punto gatillo superior: dolor profundo dentro de la cabeza, centrado detrás del ojo; a veces se extiende a la sien y a la parte posterior de la cabeza.</translation>
    </message>
</context>
<context>
    <name>report.document</name>
    <message>
        <source>PRECAUTIONS</source>
        <translation>PRECAUCIONES</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>BT</translation>
    </message>
    <message>
        <source>taut band</source>
        <translation>banda tensa</translation>
    </message>
    <message>
        <source>ST</source>
        <translation>DP</translation>
    </message>
    <message>
        <source>spot tenderness</source>
        <translation>dolor a la palpación</translation>
    </message>
    <message>
        <source>FP</source>
        <translation>DR</translation>
    </message>
    <message>
        <source>familiar pain reproduced</source>
        <translation>dolor reconocido reproducido</translation>
    </message>
    <message>
        <source>RP</source>
        <translation>RF</translation>
    </message>
    <message>
        <source>referred pain elicited</source>
        <translation>dolor referido provocado</translation>
    </message>
    <message>
        <source>LTR</source>
        <translation>REL</translation>
    </message>
    <message>
        <source>local twitch response on palpation</source>
        <translation>respuesta de espasmo local a la palpación</translation>
    </message>
    <message>
        <source>pist.</source>
        <translation>pist.</translation>
    </message>
    <message>
        <source>static</source>
        <translation>estát.</translation>
    </message>
    <message>
        <source>e-stim</source>
        <translation>e-est.</translation>
    </message>
    <message>
        <source>Infection at site</source>
        <translation>Infección en la zona</translation>
    </message>
    <message>
        <source>Anticoagulants</source>
        <translation>Anticoagulantes</translation>
    </message>
    <message>
        <source>Immunocompromised</source>
        <translation>Inmunodeprimido</translation>
    </message>
    <message>
        <source>INTEGRITY CHECK FAILED: this record was changed outside dn-bodymap</source>
        <translation>FALLO EN LA COMPROBACIÓN DE INTEGRIDAD: este registro se modificó fuera de dn-bodymap</translation>
    </message>
    <message>
        <source>This map shows where your therapist found trigger points today: tight, tender spots in a muscle, numbered on the body. The shaded area of the same colour shows where each one can send pain (darker: most often; dotted: sometimes).</source>
        <translation>Este mapa muestra dónde encontró hoy su fisioterapeuta puntos gatillo: zonas tensas y sensibles de un músculo, numeradas sobre el cuerpo. La zona sombreada del mismo color muestra adónde puede enviar dolor cada una (más oscura: lo más habitual; punteada: a veces).</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>S</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>tender</source>
        <translation>sensible</translation>
    </message>
    <message>
        <source>tight band</source>
        <translation>banda tensa</translation>
    </message>
    <message>
        <source>your usual pain</source>
        <translation>su dolor habitual</translation>
    </message>
    <message>
        <source>pain felt elsewhere</source>
        <translation>dolor sentido en otro lugar</translation>
    </message>
    <message>
        <source>dry needling</source>
        <translation>punción seca</translation>
    </message>
    <message>
        <source>not needled</source>
        <translation>sin punción</translation>
    </message>
    <message>
        <source>before {before}, after {after} (0 to 10)</source>
        <translation>antes {before}, después {after} (de 0 a 10)</translation>
    </message>
    <message>
        <source>{event} (point {number})</source>
        <translation>{event} (punto {number})</translation>
    </message>
    <message>
        <source>Since the last visit</source>
        <translation>Desde la última visita</translation>
    </message>
    <message>
        <source>Reason for visit</source>
        <translation>Motivo de la visita</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>Motivo de consulta</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Pain (NPRS)</source>
        <translation>Dolor (NPRS)</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Cribado</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>obtained</source>
        <translation>obtenido</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>After treatment</source>
        <translation>Tras el tratamiento</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Eventos adversos</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No to all {n} items</source>
        <translation>No a los {n} elementos</translation>
    </message>
    <message>
        <source>Not asked: all {n} items</source>
        <translation>No preguntado: los {n} elementos</translation>
    </message>
    <message>
        <source>Yes: {count}, under {heading}</source>
        <translation>Sí: {count}, en {heading}</translation>
    </message>
    <message>
        <source>Over caution zones: </source>
        <translation>Sobre zonas de precaución: </translation>
    </message>
    <message>
        <source>{zone} (points {numbers})</source>
        <translation>{zone} (puntos {numbers})</translation>
    </message>
    <message>
        <source>{zone} (point {numbers})</source>
        <translation>{zone} (punto {numbers})</translation>
    </message>
    <message>
        <source>Signature: {note}</source>
        <translation>Firma: {note}</translation>
    </message>
    <message>
        <source> · hash {hash}</source>
        <translation> · hash {hash}</translation>
    </message>
    <message>
        <source>Integrity verified</source>
        <translation>Integridad verificada</translation>
    </message>
    <message>
        <source>Run dn-bodymap verify for the whole database.</source>
        <translation>Ejecute dn-bodymap verify para toda la base de datos.</translation>
    </message>
    <message>
        <source>INTEGRITY CHECK FAILED (1 problem)</source>
        <translation>FALLO EN LA COMPROBACIÓN DE INTEGRIDAD (1 problema)</translation>
    </message>
    <message>
        <source>INTEGRITY CHECK FAILED ({n} problems)</source>
        <translation>FALLO EN LA COMPROBACIÓN DE INTEGRIDAD ({n} problemas)</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Músculo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Qué se encontró</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>A/L</source>
        <translation>A/L</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Needled</source>
        <translation>Punción</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Prof.</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Aguja</translation>
    </message>
    <message>
        <source>LTRs</source>
        <translation>REL</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tpo.</translation>
    </message>
    <message>
        <source>Tol.</source>
        <translation>Tol.</translation>
    </message>
    <message>
        <source>A/L active or latent</source>
        <translation>A/L activo o latente</translation>
    </message>
    <message>
        <source> · Depth and needle (diameter × length) in mm · LTRs: local twitch responses while needling · Time: time in tissue · Tol.: the patient&apos;s tolerance · * deeper layer</source>
        <translation> · Profundidad y aguja (diámetro × longitud) en mm · REL: respuestas de espasmo local durante la punción · Tpo.: tiempo en el tejido · Tol.: tolerancia del paciente · * plano más profundo</translation>
    </message>
    <message>
        <source> · † referral site chosen (below)</source>
        <translation> · † sitio de dolor referido elegido (abajo)</translation>
    </message>
    <message>
        <source>Signed by {name} on {date} UTC</source>
        <translation>Firmado por {name} el {date} UTC</translation>
    </message>
    <message>
        <source>DRAFT - not signed</source>
        <translation>BORRADOR - sin firmar</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>nacido/a el {date}</translation>
    </message>
    <message>
        <source>Your treatment map</source>
        <translation>Su mapa de tratamiento</translation>
    </message>
    <message>
        <source>Trigger-point treatment map</source>
        <translation>Mapa de tratamiento de puntos gatillo</translation>
    </message>
    <message>
        <source>ID {id}</source>
        <translation>ID {id}</translation>
    </message>
    <message>
        <source>Addendum {date} UTC, {author}: {text}</source>
        <translation>Adenda {date} UTC, {author}: {text}</translation>
    </message>
    <message>
        <source>Atlas {atlas} · dn-bodymap {version}</source>
        <translation>Atlas {atlas} · dn-bodymap {version}</translation>
    </message>
    <message>
        <source>† {number}. {muscle}, referral site chosen: {site}</source>
        <translation>† {number}. {muscle}, sitio de dolor referido elegido: {site}</translation>
    </message>
</context>
<context>
    <name>report.drawing_words</name>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>intensity {span}/10</source>
        <translation>intensidad {span}/10</translation>
    </message>
    <message>
        <source>{total}% of the body ({views})</source>
        <translation>{total}% del cuerpo ({views})</translation>
    </message>
    <message>
        <source>{place} ({side} side)</source>
        <translation>{place} (lado {side})</translation>
    </message>
    <message>
        <source>less than 1% of your body</source>
        <translation>menos del 1% de su cuerpo</translation>
    </message>
    <message>
        <source>about {percent}% of your body</source>
        <translation>alrededor del {percent}% de su cuerpo</translation>
    </message>
    <message>
        <source>You marked pain on {places}, {amount} (striped on the map)</source>
        <translation>Usted marcó dolor en {places}, {amount} (rayado en el mapa)</translation>
    </message>
    <message>
        <source>You marked pain over {amount} (striped on the map)</source>
        <translation>Usted marcó dolor sobre {amount} (rayado en el mapa)</translation>
    </message>
    <message>
        <source>; you described it as {qualities}</source>
        <translation>; lo describió como {qualities}</translation>
    </message>
    <message>
        <source>Where you marked pain</source>
        <translation>Dónde marcó dolor</translation>
    </message>
    <message>
        <source>Pain drawing</source>
        <translation>Dibujo del dolor</translation>
    </message>
</context>
<context>
    <name>report.pages</name>
    <message>
        <source>Notes in full</source>
        <translation>Notas completas</translation>
    </message>
    <message>
        <source>Signed without these checklist items, for the reasons given</source>
        <translation>Firmada sin estos elementos de la lista de comprobación, por los motivos indicados</translation>
    </message>
    <message>
        <source>Visit summary, continued</source>
        <translation>Resumen de la visita, continuación</translation>
    </message>
    <message>
        <source>Signed without {items}</source>
        <translation>Firmada sin {items}</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(continuación)</translation>
    </message>
    <message>
        <source>Signed without 1 checklist item: see the reason below the table</source>
        <translation>Firmada sin 1 elemento de la lista de comprobación: vea el motivo bajo la tabla</translation>
    </message>
    <message>
        <source>Signed without {n} checklist items: see the reasons below the table</source>
        <translation>Firmada sin {n} elementos de la lista de comprobación: vea los motivos bajo la tabla</translation>
    </message>
    <message>
        <source>No trigger points charted.</source>
        <translation>No se registraron puntos gatillo.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>report.plain_words</name>
    <message>
        <source>the top of the head</source>
        <translation>la parte superior de la cabeza</translation>
    </message>
    <message>
        <source>the forehead</source>
        <translation>la frente</translation>
    </message>
    <message>
        <source>the eyebrow</source>
        <translation>la ceja</translation>
    </message>
    <message>
        <source>the temple</source>
        <translation>la sien</translation>
    </message>
    <message>
        <source>the eye</source>
        <translation>el ojo</translation>
    </message>
    <message>
        <source>the cheek</source>
        <translation>la mejilla</translation>
    </message>
    <message>
        <source>the upper teeth</source>
        <translation>los dientes superiores</translation>
    </message>
    <message>
        <source>the lower teeth</source>
        <translation>los dientes inferiores</translation>
    </message>
    <message>
        <source>the lower jaw</source>
        <translation>la mandíbula</translation>
    </message>
    <message>
        <source>the chin</source>
        <translation>el mentón</translation>
    </message>
    <message>
        <source>the jaw joint, in front of the ear</source>
        <translation>la articulación de la mandíbula, delante del oído</translation>
    </message>
    <message>
        <source>the ear</source>
        <translation>el oído</translation>
    </message>
    <message>
        <source>the corner of the jaw</source>
        <translation>el ángulo de la mandíbula</translation>
    </message>
    <message>
        <source>the base of the skull</source>
        <translation>la base del cráneo</translation>
    </message>
    <message>
        <source>the bony bump behind the ear</source>
        <translation>el bulto óseo detrás de la oreja</translation>
    </message>
    <message>
        <source>the throat</source>
        <translation>la garganta</translation>
    </message>
    <message>
        <source>the back of the neck</source>
        <translation>la nuca</translation>
    </message>
    <message>
        <source>where the neck meets the shoulder</source>
        <translation>donde el cuello se une al hombro</translation>
    </message>
    <message>
        <source>the spine high in the neck, below the skull</source>
        <translation>la columna en lo alto del cuello, bajo el cráneo</translation>
    </message>
    <message>
        <source>the spine in the middle of the neck</source>
        <translation>la columna a mitad del cuello</translation>
    </message>
    <message>
        <source>the bony bump low on the neck</source>
        <translation>el bulto óseo de la parte baja del cuello</translation>
    </message>
    <message>
        <source>the spine level with the tops of the shoulder blades</source>
        <translation>la columna a la altura de la parte alta de los omóplatos</translation>
    </message>
    <message>
        <source>the spine between the shoulder blades</source>
        <translation>la columna entre los omóplatos</translation>
    </message>
    <message>
        <source>the spine between the lower halves of the shoulder blades</source>
        <translation>la columna entre las mitades inferiores de los omóplatos</translation>
    </message>
    <message>
        <source>the spine level with the lower tips of the shoulder blades</source>
        <translation>la columna a la altura de las puntas inferiores de los omóplatos</translation>
    </message>
    <message>
        <source>the spine level with the lowest ribs</source>
        <translation>la columna a la altura de las últimas costillas</translation>
    </message>
    <message>
        <source>the spine in the lower back</source>
        <translation>la columna en la parte baja de la espalda</translation>
    </message>
    <message>
        <source>the top of the shoulder</source>
        <translation>la parte superior del hombro</translation>
    </message>
    <message>
        <source>the tip of the shoulder</source>
        <translation>la punta del hombro</translation>
    </message>
    <message>
        <source>the front of the shoulder</source>
        <translation>la parte delantera del hombro</translation>
    </message>
    <message>
        <source>the outside of the shoulder</source>
        <translation>la parte exterior del hombro</translation>
    </message>
    <message>
        <source>the back of the shoulder</source>
        <translation>la parte trasera del hombro</translation>
    </message>
    <message>
        <source>the collarbone</source>
        <translation>la clavícula</translation>
    </message>
    <message>
        <source>the breastbone</source>
        <translation>el esternón</translation>
    </message>
    <message>
        <source>the front of the chest</source>
        <translation>la parte delantera del pecho</translation>
    </message>
    <message>
        <source>the side of the chest</source>
        <translation>el costado del pecho</translation>
    </message>
    <message>
        <source>the armpit</source>
        <translation>la axila</translation>
    </message>
    <message>
        <source>the back of the armpit</source>
        <translation>la parte trasera de la axila</translation>
    </message>
    <message>
        <source>the upper belly</source>
        <translation>la parte alta del abdomen</translation>
    </message>
    <message>
        <source>the lower belly</source>
        <translation>la parte baja del abdomen</translation>
    </message>
    <message>
        <source>the belly button</source>
        <translation>el ombligo</translation>
    </message>
    <message>
        <source>the groin</source>
        <translation>la ingle</translation>
    </message>
    <message>
        <source>the top of the hip bone</source>
        <translation>la parte superior del hueso de la cadera</translation>
    </message>
    <message>
        <source>the bony point of the outer hip</source>
        <translation>el saliente óseo de la parte exterior de la cadera</translation>
    </message>
    <message>
        <source>the inner edge of the shoulder blade</source>
        <translation>el borde interno del omóplato</translation>
    </message>
    <message>
        <source>the ridge across the shoulder blade</source>
        <translation>la cresta que cruza el omóplato</translation>
    </message>
    <message>
        <source>the lower tip of the shoulder blade</source>
        <translation>la punta inferior del omóplato</translation>
    </message>
    <message>
        <source>between the shoulder blades</source>
        <translation>entre los omóplatos</translation>
    </message>
    <message>
        <source>the middle of the back</source>
        <translation>la mitad de la espalda</translation>
    </message>
    <message>
        <source>the lower back</source>
        <translation>la parte baja de la espalda</translation>
    </message>
    <message>
        <source>where the spine meets the pelvis</source>
        <translation>donde la columna se une a la pelvis</translation>
    </message>
    <message>
        <source>the flat bone at the base of the spine</source>
        <translation>el hueso plano de la base de la columna</translation>
    </message>
    <message>
        <source>the tailbone</source>
        <translation>el coxis</translation>
    </message>
    <message>
        <source>the pubic bone</source>
        <translation>el pubis</translation>
    </message>
    <message>
        <source>the tip of the tailbone</source>
        <translation>la punta del coxis</translation>
    </message>
    <message>
        <source>the buttock</source>
        <translation>la nalga</translation>
    </message>
    <message>
        <source>the crease under the buttock</source>
        <translation>el pliegue bajo la nalga</translation>
    </message>
    <message>
        <source>the front of the upper arm</source>
        <translation>la parte delantera del brazo</translation>
    </message>
    <message>
        <source>the outside of the upper arm</source>
        <translation>la parte exterior del brazo</translation>
    </message>
    <message>
        <source>the inside of the upper arm</source>
        <translation>la parte interior del brazo</translation>
    </message>
    <message>
        <source>the back of the upper arm</source>
        <translation>la parte trasera del brazo</translation>
    </message>
    <message>
        <source>the front of the elbow</source>
        <translation>la parte delantera del codo</translation>
    </message>
    <message>
        <source>the outer side of the elbow</source>
        <translation>la parte exterior del codo</translation>
    </message>
    <message>
        <source>the inner side of the elbow</source>
        <translation>la parte interior del codo</translation>
    </message>
    <message>
        <source>the point of the elbow</source>
        <translation>la punta del codo</translation>
    </message>
    <message>
        <source>the palm side of the forearm</source>
        <translation>la cara palmar del antebrazo</translation>
    </message>
    <message>
        <source>the back of the forearm</source>
        <translation>el dorso del antebrazo</translation>
    </message>
    <message>
        <source>the palm side of the wrist</source>
        <translation>la cara palmar de la muñeca</translation>
    </message>
    <message>
        <source>the back of the wrist</source>
        <translation>el dorso de la muñeca</translation>
    </message>
    <message>
        <source>the palm</source>
        <translation>la palma de la mano</translation>
    </message>
    <message>
        <source>the back of the hand</source>
        <translation>el dorso de la mano</translation>
    </message>
    <message>
        <source>the base of the thumb</source>
        <translation>la base del pulgar</translation>
    </message>
    <message>
        <source>the index finger</source>
        <translation>el dedo índice</translation>
    </message>
    <message>
        <source>the middle finger</source>
        <translation>el dedo corazón</translation>
    </message>
    <message>
        <source>the ring finger</source>
        <translation>el dedo anular</translation>
    </message>
    <message>
        <source>the little finger</source>
        <translation>el dedo meñique</translation>
    </message>
    <message>
        <source>the front of the thigh</source>
        <translation>la parte delantera del muslo</translation>
    </message>
    <message>
        <source>the outside of the thigh</source>
        <translation>la parte exterior del muslo</translation>
    </message>
    <message>
        <source>the inside of the thigh</source>
        <translation>la parte interior del muslo</translation>
    </message>
    <message>
        <source>the back of the thigh</source>
        <translation>la parte trasera del muslo</translation>
    </message>
    <message>
        <source>the front of the knee</source>
        <translation>la parte delantera de la rodilla</translation>
    </message>
    <message>
        <source>the inside of the knee</source>
        <translation>la parte interior de la rodilla</translation>
    </message>
    <message>
        <source>the outside of the knee</source>
        <translation>la parte exterior de la rodilla</translation>
    </message>
    <message>
        <source>the back of the knee</source>
        <translation>la parte trasera de la rodilla</translation>
    </message>
    <message>
        <source>the shin</source>
        <translation>la espinilla</translation>
    </message>
    <message>
        <source>the outside of the lower leg</source>
        <translation>la parte exterior de la pierna</translation>
    </message>
    <message>
        <source>the calf</source>
        <translation>la pantorrilla</translation>
    </message>
    <message>
        <source>the Achilles tendon</source>
        <translation>el tendón de Aquiles</translation>
    </message>
    <message>
        <source>the front of the ankle</source>
        <translation>la parte delantera del tobillo</translation>
    </message>
    <message>
        <source>the outside of the ankle</source>
        <translation>la parte exterior del tobillo</translation>
    </message>
    <message>
        <source>the inside of the ankle</source>
        <translation>la parte interior del tobillo</translation>
    </message>
    <message>
        <source>the heel</source>
        <translation>el talón</translation>
    </message>
    <message>
        <source>the underside of the heel</source>
        <translation>la planta del talón</translation>
    </message>
    <message>
        <source>the top of the foot</source>
        <translation>el empeine</translation>
    </message>
    <message>
        <source>the outer edge of the foot</source>
        <translation>el borde exterior del pie</translation>
    </message>
    <message>
        <source>the arch of the foot</source>
        <translation>el arco del pie</translation>
    </message>
    <message>
        <source>the ball of the foot</source>
        <translation>la parte delantera de la planta del pie</translation>
    </message>
    <message>
        <source>the ball of the big toe</source>
        <translation>la almohadilla del dedo gordo</translation>
    </message>
    <message>
        <source>the outer ball of the foot</source>
        <translation>la parte exterior de la planta, bajo los dedos</translation>
    </message>
    <message>
        <source>the big toe</source>
        <translation>el dedo gordo del pie</translation>
    </message>
    <message>
        <source>the side of the waist</source>
        <translation>el costado de la cintura</translation>
    </message>
    <message>
        <source>the front of the outer ankle</source>
        <translation>la parte delantera del tobillo exterior</translation>
    </message>
    <message>
        <source>the outer side of the heel</source>
        <translation>la parte exterior del talón</translation>
    </message>
    <message>
        <source>the second toe</source>
        <translation>el segundo dedo del pie</translation>
    </message>
    <message>
        <source>the lower side of the neck</source>
        <translation>la parte baja del lateral del cuello</translation>
    </message>
    <message>
        <source>the top of the throat</source>
        <translation>la parte alta de la garganta</translation>
    </message>
    <message>
        <source>Soreness after needling</source>
        <translation>Dolor después de la punción</translation>
    </message>
    <message>
        <source>Feeling faint or dizzy</source>
        <translation>Sensación de mareo o desmayo</translation>
    </message>
    <message>
        <source>More pain for a short time</source>
        <translation>Más dolor durante un tiempo corto</translation>
    </message>
    <message>
        <source>Your right</source>
        <translation>Su derecha</translation>
    </message>
    <message>
        <source>Your left</source>
        <translation>Su izquierda</translation>
    </message>
    <message>
        <source>FRONT</source>
        <translation>DELANTE</translation>
    </message>
    <message>
        <source>BACK</source>
        <translation>DETRÁS</translation>
    </message>
    <message>
        <source>Right sole</source>
        <translation>Planta derecha</translation>
    </message>
    <message>
        <source>Left sole</source>
        <translation>Planta izquierda</translation>
    </message>
    <message>
        <source>near {place}</source>
        <translation>cerca de {place}</translation>
    </message>
</context>
<context>
    <name>report.progress_document</name>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sesiones</translation>
    </message>
    <message>
        <source>, {first} to {last}</source>
        <translation>, del {first} al {last}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>nacido/a el {date}</translation>
    </message>
    <message>
        <source>ID {id}</source>
        <translation>ID {id}</translation>
    </message>
</context>
<context>
    <name>report.progress_pages</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Dolor antes → después</translation>
    </message>
    <message>
        <source>Pain area</source>
        <translation>Área de dolor</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>Latentes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Resumen de la evolución</translation>
    </message>
    <message>
        <source>Latest {shown} of {total} sessions shown.</source>
        <translation>Se muestran las {shown} últimas de {total} sesiones.</translation>
    </message>
</context>
<context>
    <name>ui.accessibility</name>
    <message>
        <source>Body diagram, front and back views</source>
        <translation>Diagrama corporal, vistas anterior y posterior</translation>
    </message>
    <message>
        <source>Arrow keys move the placement cursor (Shift: bigger steps), Enter charts a point there; Ctrl+arrows move the selected point.</source>
        <translation>Las flechas mueven el cursor de colocación (Mayús: pasos mayores), Intro marca un punto ahí; Ctrl+flechas mueven el punto seleccionado.</translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation>Puntos gatillo</translation>
    </message>
    <message>
        <source>Each point&apos;s number, muscle, side and type; the colour is that of its marker and zones</source>
        <translation>Número, músculo, lado y tipo de cada punto; el color es el de su marcador y sus zonas</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Sessions of the patient</source>
        <translation>Sesiones del paciente</translation>
    </message>
    <message>
        <source>Point and session panels</source>
        <translation>Paneles de punto y de sesión</translation>
    </message>
    <message>
        <source>Find muscle</source>
        <translation>Buscar músculo</translation>
    </message>
    <message>
        <source>Referral zones shown</source>
        <translation>Zonas de dolor referido mostradas</translation>
    </message>
    <message>
        <source>Place where the patient feels pain</source>
        <translation>Lugar donde el paciente siente dolor</translation>
    </message>
    <message>
        <source>Muscles that refer pain to that place</source>
        <translation>Músculos que refieren dolor a ese lugar</translation>
    </message>
    <message>
        <source>Muscles that refer pain to the drawing</source>
        <translation>Músculos que refieren dolor al dibujo</translation>
    </message>
    <message>
        <source>Pain drawing is on: Esc leaves it, then Enter charts a point.</source>
        <translation>El dibujo del dolor está activo: Esc sale de él y después Intro marca un punto.</translation>
    </message>
</context>
<context>
    <name>ui.actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <source>&amp;Delete point</source>
        <translation>&amp;Eliminar punto</translation>
    </message>
    <message>
        <source>&amp;Sign session…</source>
        <translation>&amp;Firmar sesión…</translation>
    </message>
    <message>
        <source>Find &amp;muscle</source>
        <translation>Buscar &amp;músculo</translation>
    </message>
    <message>
        <source>Same needling as the &amp;last point</source>
        <translation>Igual punción que el ú&amp;ltimo punto</translation>
    </message>
    <message>
        <source>Needling pre&amp;sets…</source>
        <translation>&amp;Ajustes de punción predefinidos…</translation>
    </message>
    <message>
        <source>Pain &amp;finder mode</source>
        <translation>Modo &amp;buscador de dolor</translation>
    </message>
    <message>
        <source>Show trigger-point &amp;sites</source>
        <translation>Mostrar &amp;sitios de puntos gatillo</translation>
    </message>
    <message>
        <source>Show &amp;caution zones (lungs, nerves, vessels)</source>
        <translation>Mostrar zonas de &amp;precaución (pulmones, nervios, vasos)</translation>
    </message>
    <message>
        <source>New pat&amp;ient…</source>
        <translation>Nuevo &amp;paciente…</translation>
    </message>
    <message>
        <source>Add an adde&amp;ndum to the signed session…</source>
        <translation>Añadir una ade&amp;nda a la sesión firmada…</translation>
    </message>
    <message>
        <source>Fit &amp;both views</source>
        <translation>Ajustar a&amp;mbas vistas</translation>
    </message>
    <message>
        <source>Clinician p&amp;rofile…</source>
        <translation>Perfil del p&amp;rofesional…</translation>
    </message>
    <message>
        <source>Practice se&amp;ttings…</source>
        <translation>Ajustes de la consul&amp;ta…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta del &amp;registro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Export patient-friendly PD&amp;F…</source>
        <translation>Exportar PDF para el pa&amp;ciente…</translation>
    </message>
    <message>
        <source>Export for the &amp;health record…</source>
        <translation>Exportar para la &amp;historia clínica…</translation>
    </message>
    <message>
        <source>&amp;Compare sessions…</source>
        <translation>&amp;Comparar sesiones…</translation>
    </message>
    <message>
        <source>&amp;Progress…</source>
        <translation>&amp;Evolución…</translation>
    </message>
    <message>
        <source>New session from &amp;last visit</source>
        <translation>Nueva sesión desde la ú&amp;ltima visita</translation>
    </message>
    <message>
        <source>C&amp;onfirm point (re-checked today)</source>
        <translation>C&amp;onfirmar punto (revisado hoy)</translation>
    </message>
    <message>
        <source>Needling preset {n}</source>
        <translation>Ajuste de punción {n}</translation>
    </message>
    <message>
        <source>Zones: all points</source>
        <translation>Zonas: todos los puntos</translation>
    </message>
    <message>
        <source>Zones: selected point</source>
        <translation>Zonas: punto seleccionado</translation>
    </message>
    <message>
        <source>Zones: none</source>
        <translation>Zonas: ninguna</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <source> Zones </source>
        <translation> Zonas </translation>
    </message>
    <message>
        <source>All points</source>
        <translation>Todos los puntos</translation>
    </message>
    <message>
        <source>Selected point</source>
        <translation>Punto seleccionado</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Hatched: lungs and pleura, kidneys, nerves and vessels beneath the muscles, with depth guidance where published (C)</source>
        <translation>Rayado: pulmones y pleura, riñones, nervios y vasos bajo los músculos, con la profundidad orientativa donde está publicada (C)</translation>
    </message>
    <message>
        <source>No muscle matches {text!r}: type words of its name (glute min) or an abbreviation (QL, SCM, TFL).</source>
        <translation>Ningún músculo coincide con {text!r}: escriba palabras de su nombre (glúteo men) o una abreviatura (CL, ECM, TFL).</translation>
    </message>
</context>
<context>
    <name>ui.app</name>
    <message>
        <source>dn-bodymap cannot start</source>
        <translation>dn-bodymap no puede iniciarse</translation>
    </message>
    <message>
        <source>The anatomical atlas could not be loaded:

{exc}</source>
        <translation>No se pudo cargar el atlas anatómico:

{exc}</translation>
    </message>
    <message>
        <source>your records</source>
        <translation>sus registros</translation>
    </message>
    <message>
        <source>dn-bodymap cannot open the records</source>
        <translation>dn-bodymap no puede abrir los registros</translation>
    </message>
    <message>
        <source>The database {target} could not be opened:

{exc}

Nothing in it was changed.</source>
        <translation>No se pudo abrir la base de datos {target}:

{exc}

No se ha cambiado nada en ella.</translation>
    </message>
</context>
<context>
    <name>ui.background_check</name>
    <message>
        <source>INTEGRITY CHECK FAILED for the whole database (1 problem: {first}); run dn-bodymap verify for the list</source>
        <translation>FALLO EN LA COMPROBACIÓN DE INTEGRIDAD de toda la base de datos (1 problema: {first}); ejecute dn-bodymap verify para ver la lista</translation>
    </message>
    <message>
        <source>INTEGRITY CHECK FAILED for the whole database ({count} problems, first: {first}); run dn-bodymap verify for the list</source>
        <translation>FALLO EN LA COMPROBACIÓN DE INTEGRIDAD de toda la base de datos ({count} problemas, el primero: {first}); ejecute dn-bodymap verify para ver la lista</translation>
    </message>
    <message>
        <source>INTEGRITY CHECK FAILED: this record was changed outside dn-bodymap (1 problem: see the Session tab)</source>
        <translation>FALLO EN LA COMPROBACIÓN DE INTEGRIDAD: este registro se modificó fuera de dn-bodymap (1 problema: vea la pestaña Sesión)</translation>
    </message>
    <message>
        <source>INTEGRITY CHECK FAILED: this record was changed outside dn-bodymap ({count} problems: see the Session tab)</source>
        <translation>FALLO EN LA COMPROBACIÓN DE INTEGRIDAD: este registro se modificó fuera de dn-bodymap ({count} problemas: vea la pestaña Sesión)</translation>
    </message>
</context>
<context>
    <name>ui.candidate_list</name>
    <message>
        <source>Chart a trigger point in this muscle</source>
        <translation>Marcar un punto gatillo en este músculo</translation>
    </message>
</context>
<context>
    <name>ui.chooser</name>
    <message>
        <source>Which muscle? (superficial first)</source>
        <translation>¿Qué músculo? (el superficial primero)</translation>
    </message>
    <message>
        <source>{side} side, {layer} layer</source>
        <translation>lado {side}, plano {layer}</translation>
    </message>
</context>
<context>
    <name>ui.compare</name>
    <message>
        <source>Compare sessions</source>
        <translation>Comparar sesiones</translation>
    </message>
    <message>
        <source>{date} ({points} points, {status})</source>
        <translation>{date} ({points} puntos, {status})</translation>
    </message>
    <message>
        <source>persisting</source>
        <translation>persiste</translation>
    </message>
    <message>
        <source>{date} (1 point, {status})</source>
        <translation>{date} (1 punto, {status})</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Superpuestas</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Posterior</translation>
    </message>
    <message>
        <source>{new} new · {persisting} persisting · {resolved} resolved</source>
        <translation>Nuevos: {new} · persisten: {persisting} · resueltos: {resolved}</translation>
    </message>
    <message>
        <source> (other view)</source>
        <translation> (otra vista)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>persists</source>
        <translation>persiste</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source> (to re-check)</source>
        <translation> (a revisar)</translation>
    </message>
    <message>
        <source>Read-only comparison: open a session to edit it</source>
        <translation>Comparación de solo lectura: abra una sesión para editarla</translation>
    </message>
</context>
<context>
    <name>ui.compare_drawings</name>
    <message>
        <source>Pain drawn: {figure} → {figure2} of the body</source>
        <translation>Dolor dibujado: {figure} → {figure2} del cuerpo</translation>
    </message>
</context>
<context>
    <name>ui.conflicts</name>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modificado en otro lugar</translation>
    </message>
    <message>
        <source>Not saved:
</source>
        <translation>No guardado:
</translation>
    </message>
    <message>
        <source>Not saved: the database server is away</source>
        <translation>No guardado: el servidor de la base de datos no está disponible</translation>
    </message>
    <message>
        <source>The database server cannot be reached: your change ({what}) was not saved.</source>
        <translation>No se puede acceder al servidor de la base de datos: su cambio ({what}) no se guardó.</translation>
    </message>
    <message>
        <source>Retry stores it once the server is back; Cancel leaves it unsaved (the window shows what is stored).</source>
        <translation>Reintentar lo guarda cuando el servidor vuelva; Cancelar lo deja sin guardar (la ventana muestra lo que está guardado).</translation>
    </message>
</context>
<context>
    <name>ui.crash_dialog</name>
    <message>
        <source>dn-bodymap: something went wrong</source>
        <translation>dn-bodymap: algo ha fallado</translation>
    </message>
    <message>
        <source>Something went wrong. Your charted data is safe: every change is saved as it is made. Details were saved to {log_file}.

You can go on working. If this happens again, send that file to whoever supports dn-bodymap for you (Help → Open log folder).</source>
        <translation>Algo ha fallado. Sus datos registrados están a salvo: cada cambio se guarda al hacerlo. Los detalles se guardaron en {log_file}.

Puede seguir trabajando. Si vuelve a ocurrir, envíe ese archivo a quien le dé soporte de dn-bodymap (Ayuda → Abrir la carpeta del registro).</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir la carpeta del registro</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Carpeta del registro</translation>
    </message>
    <message>
        <source>The log files are in:

{folder}</source>
        <translation>Los archivos de registro están en:

{folder}</translation>
    </message>
</context>
<context>
    <name>ui.dialogs</name>
    <message>
        <source>Optional. A password (at least {count} characters) proves it is you who signs, and locks the window when you step away. Without one, anyone at this computer can sign as you.</source>
        <translation>Opcional. Una contraseña (al menos {count} caracteres) demuestra que es usted quien firma y bloquea la ventana cuando se ausenta. Sin ella, cualquiera en este ordenador puede firmar como usted.</translation>
    </message>
    <message>
        <source>The password makes this profile your account: the window asks for it at start, after a pause and when you sign. Keep it safe: nobody can read it back.</source>
        <translation>La contraseña convierte este perfil en su cuenta: la ventana la pide al iniciar, tras una pausa y al firmar. Guárdela bien: nadie puede recuperarla.</translation>
    </message>
    <message>
        <source>Clinician profile</source>
        <translation>Perfil del profesional</translation>
    </message>
    <message>
        <source>Welcome to dn-bodymap. First, who is charting? Your name and credentials go on every session you record and sign.</source>
        <translation>Bienvenido a dn-bodymap. Primero, ¿quién registra? Su nombre y su titulación figuran en cada sesión que registre y firme.</translation>
    </message>
    <message>
        <source>e.g. Alex Morgan</source>
        <translation>p. ej. Alex Morgan</translation>
    </message>
    <message>
        <source>e.g. PT, DPT, Cert. DN</source>
        <translation>p. ej. Fisioterapeuta, Máster en punción seca</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>&amp;Titulación</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repítala</translation>
    </message>
    <message>
        <source>The password is too short (at least {count} characters).</source>
        <translation>La contraseña es demasiado corta (al menos {count} caracteres).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Repeat the password.</source>
        <translation>Repita la contraseña.</translation>
    </message>
    <message>
        <source>Practice settings</source>
        <translation>Ajustes de la consulta</translation>
    </message>
    <message>
        <source>e.g. Riverside Physiotherapy</source>
        <translation>p. ej. Fisioterapia Ribera</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>With clinician accounts: after this long without use the window hides patient data until the password is given</source>
        <translation>Con cuentas de profesional: tras este tiempo sin uso, la ventana oculta los datos de los pacientes hasta que se introduzca la contraseña</translation>
    </message>
    <message>
        <source>&amp;Clinic name</source>
        <translation>Nombre de la &amp;clínica</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>&amp;Lock when idle after</source>
        <translation>&amp;Bloquear tras una inactividad de</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>known</source>
        <translation>conocida</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Clinic &amp;identifier</source>
        <translation>&amp;Identificador de la clínica</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexo</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Acercar / alejar</translation>
    </message>
    <message>
        <source>Fit both views</source>
        <translation>Ajustar ambas vistas</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <source>middle button drag, or Space + drag</source>
        <translation>arrastrar con el botón central, o Espacio + arrastrar</translation>
    </message>
    <message>
        <source>Choose a deeper muscle</source>
        <translation>Elegir un músculo más profundo</translation>
    </message>
    <message>
        <source>1-9 in the chooser, or arrows and Enter</source>
        <translation>1-9 en el selector, o flechas e Intro</translation>
    </message>
    <message>
        <source>Body: move the placement cursor</source>
        <translation>Cuerpo: mover el cursor de colocación</translation>
    </message>
    <message>
        <source>arrows (Shift: bigger steps)</source>
        <translation>flechas (Mayús: pasos mayores)</translation>
    </message>
    <message>
        <source>Body: chart a point at the cursor</source>
        <translation>Cuerpo: marcar un punto en el cursor</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Body: move the selected point</source>
        <translation>Cuerpo: mover el punto seleccionado</translation>
    </message>
    <message>
        <source>Ctrl+arrows (Shift: bigger steps)</source>
        <translation>Ctrl+flechas (Mayús: pasos mayores)</translation>
    </message>
    <message>
        <source>Apply a needling preset (as numbered on the Point tab)</source>
        <translation>Aplicar un ajuste de punción (según su número en la pestaña Punto)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>ui.editor_messages</name>
    <message>
        <source>Not saved: {message}</source>
        <translation>No guardado: {message}</translation>
    </message>
    <message>
        <source>No point placed: {problem}.</source>
        <translation>No se colocó ningún punto: {problem}.</translation>
    </message>
    <message>
        <source>Point {number}: {muscle}</source>
        <translation>Punto {number}: {muscle}</translation>
    </message>
    <message>
        <source>Point {number} not moved: {problem}.</source>
        <translation>Punto {number} no movido: {problem}.</translation>
    </message>
    <message>
        <source>Move point {number}</source>
        <translation>Mover el punto {number}</translation>
    </message>
    <message>
        <source>Point {number} to the {side}</source>
        <translation>Punto {number} al lado {side}</translation>
    </message>
    <message>
        <source>Point {number}: depth not changed.</source>
        <translation>Punto {number}: profundidad sin cambiar.</translation>
    </message>
    <message>
        <source>Point {number} kept on the {side}: its muscle is not at the mirrored place; drag the marker instead.</source>
        <translation>Punto {number} mantenido en el lado {side}: su músculo no está en el lugar simétrico; arrastre el marcador.</translation>
    </message>
    <message>
        <source>Point {number}: {muscle} ({side}, {layer}) saved.</source>
        <translation>Punto {number}: {muscle} ({side}, {layer}) guardado.</translation>
    </message>
    <message>
        <source>No session is open: choose a patient and start a new session.</source>
        <translation>No hay ninguna sesión abierta: elija un paciente y empiece una sesión nueva.</translation>
    </message>
    <message>
        <source>This session was signed by {signed_by}; it is read-only. Corrections go in an addendum.</source>
        <translation>Esta sesión la firmó {signed_by}; es de solo lectura. Las correcciones van en una adenda.</translation>
    </message>
</context>
<context>
    <name>ui.file_dialogs</name>
    <message>
        <source>File not written</source>
        <translation>Archivo no escrito</translation>
    </message>
</context>
<context>
    <name>ui.form_fields</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{needle_text} (as recorded)</source>
        <translation>{needle_text} (tal como se registró)</translation>
    </message>
</context>
<context>
    <name>ui.guard</name>
    <message>
        <source>dn-bodymap — locked</source>
        <translation>dn-bodymap — bloqueado</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>C&amp;ontraseña</translation>
    </message>
    <message>
        <source>Not signed in: {exc}.</source>
        <translation>Sin iniciar sesión: {exc}.</translation>
    </message>
    <message>
        <source>Sign in — dn-bodymap</source>
        <translation>Iniciar sesión — dn-bodymap</translation>
    </message>
    <message>
        <source>These records are kept under clinician accounts. Sign in to open them.</source>
        <translation>Estos registros se guardan con cuentas de profesional. Inicie sesión para abrirlos.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&lt;h2&gt;dn-bodymap is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;dn-bodymap está bloqueado&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Locked after {minutes} minutes without use. Patient records are hidden until the password is given again.</source>
        <translation>Bloqueado tras {minutes} minutos sin uso. Los registros de los pacientes están ocultos hasta que se vuelva a introducir la contraseña.</translation>
    </message>
    <message>
        <source>Sign in to see patient records.</source>
        <translation>Inicie sesión para ver los registros de los pacientes.</translation>
    </message>
    <message>
        <source>Signed in as {signature}.</source>
        <translation>Sesión iniciada como {signature}.</translation>
    </message>
</context>
<context>
    <name>ui.health_record</name>
    <message>
        <source>Export for the health record</source>
        <translation>Exportar para la historia clínica</translation>
    </message>
    <message>
        <source>Wrote {target}</source>
        <translation>Escrito {target}</translation>
    </message>
</context>
<context>
    <name>ui.history_model</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Active / latent</source>
        <translation>Activos / latentes</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source> (+{unconfirmed} to re-check)</source>
        <translation> (+{unconfirmed} a revisar)</translation>
    </message>
    <message>
        <source>, 1 addendum</source>
        <translation>, 1 adenda</translation>
    </message>
    <message>
        <source>, {n} addenda</source>
        <translation>, {n} adendas</translation>
    </message>
</context>
<context>
    <name>ui.inspector</name>
    <message>
        <source>No trigger point selected</source>
        <translation>Ningún punto gatillo seleccionado</translation>
    </message>
    <message>
        <source>About this muscle</source>
        <translation>Sobre este músculo</translation>
    </message>
    <message>
        <source>Safety at this point</source>
        <translation>Seguridad en este punto</translation>
    </message>
    <message>
        <source>The muscles under the point, superficial first</source>
        <translation>Los músculos bajo el punto, el superficial primero</translation>
    </message>
    <message>
        <source>&amp;Muscle</source>
        <translation>&amp;Músculo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>The patient&apos;s side; another side moves the point to the same muscle on that side (mirrored, same view)</source>
        <translation>El lado del paciente; otro lado lleva el punto al mismo músculo de ese lado (simétrico, misma vista)</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Re-chec&amp;ked today (carried from the last visit)</source>
        <translation>Revisado &amp;hoy (traído de la visita anterior)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>&amp;Needled</source>
        <translation>Punción reali&amp;zada</translation>
    </message>
    <message>
        <source>Apply a pre&amp;set</source>
        <translation>Aplicar un a&amp;juste predefinido</translation>
    </message>
    <message>
        <source>Fills in needled, the needle, the technique and (when the preset has one) the depth, as one change</source>
        <translation>Rellena punción realizada, la aguja, la técnica y (si el ajuste la tiene) la profundidad, como un solo cambio</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Same as &amp;last point</source>
        <translation>Igual que el ú&amp;ltimo punto</translation>
    </message>
    <message>
        <source>Copy the needling of the point charted before this one (needle, depth, technique, time in tissue) (Ctrl+D)</source>
        <translation>Copiar la punción del punto registrado antes que este (aguja, profundidad, técnica, tiempo en el tejido) (Ctrl+D)</translation>
    </message>
    <message>
        <source>Save as this muscle&apos;s preset</source>
        <translation>Guardar como ajuste de este músculo</translation>
    </message>
    <message>
        <source>Offer this point&apos;s needle, technique and depth first for every point in this muscle</source>
        <translation>Ofrecer primero la aguja, la técnica y la profundidad de este punto para cada punto de este músculo</translation>
    </message>
    <message>
        <source>Needle si&amp;ze</source>
        <translation>Tama&amp;ño de aguja</translation>
    </message>
    <message>
        <source>&amp;Depth</source>
        <translation>Pro&amp;fundidad</translation>
    </message>
    <message>
        <source>Techni&amp;que</source>
        <translation>Técni&amp;ca</translation>
    </message>
    <message>
        <source>Twitch &amp;responses</source>
        <translation>Respuestas de espasm&amp;o</translation>
    </message>
    <message>
        <source>Time in tiss&amp;ue</source>
        <translation>D&amp;uración en el tejido</translation>
    </message>
    <message>
        <source>Toleran&amp;ce</source>
        <translation>Toleranc&amp;ia</translation>
    </message>
    <message>
        <source>Adverse events at this point (bruising at point 3); those of the whole visit are in Session</source>
        <translation>Eventos adversos en este punto (hematoma en el punto 3); los de toda la visita están en Sesión</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Eventos adversos</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>No presets: Edit → Needling presets…</source>
        <translation>Sin ajustes: Editar → Ajustes de punción predefinidos…</translation>
    </message>
    <message>
        <source>No trigger point selected: click on a muscle to chart one</source>
        <translation>Ningún punto gatillo seleccionado: haga clic en un músculo para marcar uno</translation>
    </message>
    <message>
        <source>Point {number}: {name} ({side}, {layer})</source>
        <translation>Punto {number}: {name} ({side}, {layer})</translation>
    </message>
    <message>
        <source>{muscle} (as recorded)</source>
        <translation>{muscle} (tal como se registró)</translation>
    </message>
</context>
<context>
    <name>ui.keyboard_charting</name>
    <message>
        <source>not on a muscle</source>
        <translation>fuera de un músculo</translation>
    </message>
    <message>
        <source>Cursor ({view}): {where}</source>
        <translation>Cursor ({view}): {where}</translation>
    </message>
</context>
<context>
    <name>ui.language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>dn-bodymap will use {language} the next time it starts.</source>
        <translation>dn-bodymap usará {language} la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>ui.launch</name>
    <message>
        <source>dn-bodymap {version}</source>
        <translation>dn-bodymap {version}</translation>
    </message>
    <message>
        <source>Opening the anatomical atlas and your records…</source>
        <translation>Abriendo el atlas anatómico y sus registros…</translation>
    </message>
</context>
<context>
    <name>ui.live</name>
    <message>
        <source>{at}: this session was signed elsewhere by {signed_by}; it is shown as signed, read-only.</source>
        <translation>{at}: esta sesión se firmó en otro lugar por {signed_by}; se muestra firmada, en solo lectura.</translation>
    </message>
    <message>
        <source>its points</source>
        <translation>sus puntos</translation>
    </message>
    <message>
        <source>its addenda</source>
        <translation>sus adendas</translation>
    </message>
    <message>
        <source>the visit</source>
        <translation>la visita</translation>
    </message>
    <message>
        <source>{at}: this session was changed elsewhere ({parts}); it is shown as it is now. Undo starts afresh from here.</source>
        <translation>{at}: esta sesión se modificó en otro lugar ({parts}); se muestra tal como está ahora. Deshacer empieza de nuevo desde aquí.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modificado en otro lugar</translation>
    </message>
    <message>
        <source>Not updated from elsewhere: {exc}</source>
        <translation>No actualizado desde otro lugar: {exc}</translation>
    </message>
    <message>
        <source>{date:%H:%M}: the session you had open was deleted elsewhere.</source>
        <translation>{date:%H:%M}: la sesión que tenía abierta se eliminó en otro lugar.</translation>
    </message>
    <message>
        <source>Not shown: {exc}</source>
        <translation>No mostrado: {exc}</translation>
    </message>
    <message>
        <source>Not saved ({what}): the database server cannot be reached</source>
        <translation>No guardado ({what}): no se puede acceder al servidor de la base de datos</translation>
    </message>
</context>
<context>
    <name>ui.main_window</name>
    <message>
        <source>dn-bodymap {version}</source>
        <translation>dn-bodymap {version}</translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation>&amp;Punto</translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>P&amp;ain finder</source>
        <translation>&amp;Buscador de dolor</translation>
    </message>
    <message>
        <source>Safet&amp;y</source>
        <translation>Se&amp;guridad</translation>
    </message>
    <message>
        <source>Trigger points (colours as on the map)</source>
        <translation>Puntos gatillo (colores como en el mapa)</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Atlas {data_version}</source>
        <translation>Atlas {data_version}</translation>
    </message>
    <message>
        <source> (run dn-bodymap verify)</source>
        <translation> (ejecute dn-bodymap verify)</translation>
    </message>
    <message>
        <source>Pain finder: click where the patient feels pain.</source>
        <translation>Buscador de dolor: haga clic donde el paciente siente dolor.</translation>
    </message>
    <message>
        <source>{muscle}: its classic site is not on its region</source>
        <translation>{muscle}: su sitio clásico no está sobre su región</translation>
    </message>
    <message>
        <source>Clinician profile</source>
        <translation>Perfil del profesional</translation>
    </message>
    <message>
        <source>No account made</source>
        <translation>No se creó la cuenta</translation>
    </message>
    <message>
        <source>Patient not saved</source>
        <translation>Paciente no guardado</translation>
    </message>
    <message>
        <source>Patient added: New session (Ctrl+N) starts charting.</source>
        <translation>Paciente añadido: Nueva sesión (Ctrl+N) empieza el registro.</translation>
    </message>
    <message>
        <source>Choose or add a patient first.</source>
        <translation>Elija o añada primero un paciente.</translation>
    </message>
    <message>
        <source>Session not started</source>
        <translation>Sesión no iniciada</translation>
    </message>
    <message>
        <source>Integrity: </source>
        <translation>Integridad: </translation>
    </message>
    <message>
        <source>No patients yet: add the first one with New patient.</source>
        <translation>Aún no hay pacientes: añada el primero con Nuevo paciente.</translation>
    </message>
</context>
<context>
    <name>ui.muscle_search_box</name>
    <message>
        <source>Find muscle (Ctrl+F): &apos;pirif&apos;, &apos;glute min&apos;, &apos;QL&apos;</source>
        <translation>Buscar músculo (Ctrl+F): &apos;pirif&apos;, &apos;glúteo men&apos;, &apos;CL&apos;</translation>
    </message>
</context>
<context>
    <name>ui.pain_finder_panel</name>
    <message>
        <source>Click where the patient feels pain, or pick a place:</source>
        <translation>Haga clic donde el paciente siente dolor, o elija un lugar:</translation>
    </message>
    <message>
        <source>search a place, e.g. heel</source>
        <translation>buscar un lugar, p. ej. talón</translation>
    </message>
    <message>
        <source>Pain at the clicked place ({view} view):</source>
        <translation>Dolor en el lugar pulsado (vista {view}):</translation>
    </message>
    <message>
        <source>Pain at: {place}</source>
        <translation>Dolor en: {place}</translation>
    </message>
    <message>
        <source>no muscle in the table refers pain here.</source>
        <translation>ningún músculo de la tabla refiere dolor aquí.</translation>
    </message>
    <message>
        <source>palpate these, most likely first.</source>
        <translation>palpe estos, el más probable primero.</translation>
    </message>
</context>
<context>
    <name>ui.pain_layer</name>
    <message>
        <source>pain (no quality)</source>
        <translation>dolor (sin cualidad)</translation>
    </message>
</context>
<context>
    <name>ui.pain_panel</name>
    <message>
        <source>Legend of the pain drawing</source>
        <translation>Leyenda del dibujo del dolor</translation>
    </message>
    <message>
        <source>No pain drawn. Turn on Pain drawing (P) and drag over where the patient hurts; right-drag erases.</source>
        <translation>No hay dolor dibujado. Active Dibujo del dolor (P) y arrastre sobre donde le duele al paciente; arrastrar con el botón derecho borra.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The patient&apos;s pain drawing&lt;/b&gt;</source>
        <translation>&lt;b&gt;El dibujo del dolor del paciente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Drawn area: {total:.1f}% of the body (front {front:.1f}%, back {back:.1f}%)</source>
        <translation>Área dibujada: {total:.1f}% del cuerpo (anterior {front:.1f}%, posterior {back:.1f}%)</translation>
    </message>
    <message>
        <source>Regions: (this build has no region names)</source>
        <translation>Regiones: (esta versión no tiene nombres de regiones)</translation>
    </message>
    <message>
        <source>The differential is not available in this build.</source>
        <translation>El diagnóstico diferencial no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>Regions: </source>
        <translation>Regiones: </translation>
    </message>
    <message>
        <source>none named</source>
        <translation>ninguna con nombre</translation>
    </message>
    <message>
        <source>Muscles whose referral zones best explain the drawing, most likely first (select one to see its zones and the sites to palpate):</source>
        <translation>Músculos cuyas zonas de dolor referido explican mejor el dibujo, el más probable primero (elija uno para ver sus zonas y los sitios a palpar):</translation>
    </message>
    <message>
        <source>No muscle in the referral table refers pain to the drawn areas.</source>
        <translation>Ningún músculo de la tabla de dolor referido refiere dolor a las áreas dibujadas.</translation>
    </message>
    <message>
        <source>{name} ({side})
    explains {percent}% of the drawn pain · score {score:.2f}</source>
        <translation>{name} ({side})
    explica el {percent}% del dolor dibujado · puntuación {score:.2f}</translation>
    </message>
</context>
<context>
    <name>ui.pain_tool</name>
    <message>
        <source>Fingertip</source>
        <translation>Yema del dedo</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mediano</translation>
    </message>
    <message>
        <source>Palm</source>
        <translation>Palma</translation>
    </message>
    <message>
        <source>pain drawing</source>
        <translation>dibujo del dolor</translation>
    </message>
    <message>
        <source>Drawin&amp;g</source>
        <translation>&amp;Dibujo</translation>
    </message>
    <message>
        <source>The patient&apos;s pain drawing: area, regions and the muscles that explain it</source>
        <translation>El dibujo del dolor del paciente: área, regiones y los músculos que lo explican</translation>
    </message>
    <message>
        <source>Pain &amp;drawing (paint where it hurts)</source>
        <translation>&amp;Dibujo del dolor (pintar donde duele)</translation>
    </message>
    <message>
        <source>Pain drawing (P): drag to paint the patient&apos;s pain, right-drag to erase; [ and ] change the brush; Esc leaves</source>
        <translation>Dibujo del dolor (P): arrastre para pintar el dolor del paciente, con el botón derecho para borrar; [ y ] cambian el pincel; Esc sale</translation>
    </message>
    <message>
        <source>Pain drawing: &amp;eraser</source>
        <translation>Dibujo del dolor: &amp;goma de borrar</translation>
    </message>
    <message>
        <source>Pain drawing</source>
        <translation>Dibujo del dolor</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Goma</translation>
    </message>
    <message>
        <source>Eraser (E): a drag erases the pain drawing (or right-drag)</source>
        <translation>Goma (E): arrastrar borra el dibujo del dolor (o arrastrar con el botón derecho)</translation>
    </message>
    <message>
        <source>Pain drawing: smaller brush</source>
        <translation>Dibujo del dolor: pincel menor</translation>
    </message>
    <message>
        <source>Pain drawing: larger brush</source>
        <translation>Dibujo del dolor: pincel mayor</translation>
    </message>
    <message>
        <source>Leave the pain drawing tool</source>
        <translation>Salir de la herramienta de dibujo del dolor</translation>
    </message>
    <message>
        <source> Brush </source>
        <translation> Pincel </translation>
    </message>
    <message>
        <source>Brush size ([ smaller, ] larger)</source>
        <translation>Tamaño del pincel ([ menor, ] mayor)</translation>
    </message>
    <message>
        <source> Quality </source>
        <translation> Cualidad </translation>
    </message>
    <message>
        <source>The quality of what is painted next (hatched as shown)</source>
        <translation>La cualidad de lo que se pinte a continuación (con el rayado que se muestra)</translation>
    </message>
    <message>
        <source> Intensity </source>
        <translation> Intensidad </translation>
    </message>
    <message>
        <source>The intensity (0-10) of what is painted next: a denser wash for more</source>
        <translation>La intensidad (0-10) de lo que se pinte a continuación: un tono más denso cuanto mayor</translation>
    </message>
    <message>
        <source>Pain drawing: drag to paint where the patient hurts; right-drag erases; Esc leaves.</source>
        <translation>Dibujo del dolor: arrastre para pintar donde le duele al paciente; con el botón derecho borra; Esc sale.</translation>
    </message>
    <message>
        <source>Nothing to erase there.</source>
        <translation>No hay nada que borrar ahí.</translation>
    </message>
    <message>
        <source>Nothing painted: paint on the body, not beside it.</source>
        <translation>No se pintó nada: pinte sobre el cuerpo, no al lado.</translation>
    </message>
    <message>
        <source>Erase pain</source>
        <translation>Borrar dolor</translation>
    </message>
    <message>
        <source>Paint pain</source>
        <translation>Pintar dolor</translation>
    </message>
</context>
<context>
    <name>ui.patient_panel</name>
    <message>
        <source>born {date}</source>
        <translation>nacido/a el {date}</translation>
    </message>
    <message>
        <source>Search patients (name, date of birth, identifier)</source>
        <translation>Buscar pacientes (nombre, fecha de nacimiento, identificador)</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>Nuevo paciente…</translation>
    </message>
    <message>
        <source>Add a patient (Ctrl+Shift+N)</source>
        <translation>Añadir un paciente (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Start charting a visit of this patient (Ctrl+N)</source>
        <translation>Empezar a registrar una visita de este paciente (Ctrl+N)</translation>
    </message>
    <message>
        <source>More than {count}: type more to narrow</source>
        <translation>Más de {count}: escriba más para acotar</translation>
    </message>
    <message>
        <source>{note}: a part of the name, a birth date (YYYY-MM-DD) or an id</source>
        <translation>{note}: una parte del nombre, una fecha de nacimiento (AAAA-MM-DD) o un identificador</translation>
    </message>
    <message>
        <source>History (1 session)</source>
        <translation>Historial (1 sesión)</translation>
    </message>
    <message>
        <source>History ({n} sessions)</source>
        <translation>Historial ({n} sesiones)</translation>
    </message>
</context>
<context>
    <name>ui.points_list</name>
    <message>
        <source> — to re-check</source>
        <translation> — a revisar</translation>
    </message>
</context>
<context>
    <name>ui.presets</name>
    <message>
        <source>Select a trigger point first, then apply a preset.</source>
        <translation>Seleccione primero un punto gatillo y después aplique un ajuste.</translation>
    </message>
    <message>
        <source>There is no preset {number} (Edit → Needling presets…).</source>
        <translation>No existe el ajuste {number} (Editar → Ajustes de punción predefinidos…).</translation>
    </message>
    <message>
        <source>Select a trigger point first.</source>
        <translation>Seleccione primero un punto gatillo.</translation>
    </message>
    <message>
        <source>Point {number} is the first of this session: nothing to copy.</source>
        <translation>El punto {number} es el primero de esta sesión: no hay nada que copiar.</translation>
    </message>
    <message>
        <source>Point {number} was not needled: nothing to copy.</source>
        <translation>El punto {number} no se punció: no hay nada que copiar.</translation>
    </message>
    <message>
        <source>Point {number}: needling as point {source}</source>
        <translation>Punto {number}: punción como el punto {source}</translation>
    </message>
    <message>
        <source>Choose the needle first: a preset needs one.</source>
        <translation>Elija primero la aguja: un ajuste necesita una.</translation>
    </message>
    <message>
        <source>Preset for {muscle_name}: {text} (offered first as Ctrl+1).</source>
        <translation>Ajuste para {muscle_name}: {text} (ofrecido primero como Ctrl+1).</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Músculo</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Aguja</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>Typical depth</source>
        <translation>Profundidad habitual</translation>
    </message>
    <message>
        <source>Needling presets</source>
        <translation>Ajustes de punción predefinidos</translation>
    </message>
    <message>
        <source>Offered in the Point tab and as Ctrl+1 … Ctrl+9: a muscle&apos;s own presets first, then those for any muscle. A typical depth is filled in only when you set one.</source>
        <translation>Se ofrecen en la pestaña Punto y como Ctrl+1 … Ctrl+9: primero los ajustes propios de un músculo, después los de cualquier músculo. La profundidad habitual solo se rellena cuando usted la fija.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Restore the &amp;shipped presets</source>
        <translation>Restaurar los ajustes &amp;originales</translation>
    </message>
    <message>
        <source>Any muscle</source>
        <translation>Cualquier músculo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Not saved: {exc}</source>
        <translation>No guardado: {exc}</translation>
    </message>
</context>
<context>
    <name>ui.printing</name>
    <message>
        <source>Open a session to print its map.</source>
        <translation>Abra una sesión para imprimir su mapa.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Wrote {target}</source>
        <translation>Escrito {target}</translation>
    </message>
</context>
<context>
    <name>ui.privacy</name>
    <message>
        <source>Privacy of the records</source>
        <translation>Privacidad de los registros</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>ui.progress_view</name>
    <message>
        <source>Progress — {patient} ({span})</source>
        <translation>Evolución — {patient} ({span})</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export progress PDF</source>
        <translation>Exportar PDF de la evolución</translation>
    </message>
    <message>
        <source>Progress - {patient}</source>
        <translation>Evolución - {patient}</translation>
    </message>
</context>
<context>
    <name>ui.review_actions</name>
    <message>
        <source>Choose a patient first.</source>
        <translation>Elija primero un paciente.</translation>
    </message>
    <message>
        <source>Comparing needs two sessions of this patient.</source>
        <translation>Comparar necesita dos sesiones de este paciente.</translation>
    </message>
    <message>
        <source>Nothing carried forward: {exc}</source>
        <translation>No se trajo nada: {exc}</translation>
    </message>
    <message>
        <source>{count} points carried forward from {date}: confirm each (Ctrl+Return) or delete it.</source>
        <translation>{count} puntos traídos del {date}: confirme cada uno (Ctrl+Intro) o elimínelo.</translation>
    </message>
</context>
<context>
    <name>ui.safety_view</name>
    <message>
        <source>Precaution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>Caution zone</source>
        <translation>Zona de precaución</translation>
    </message>
    <message>
        <source>Depth beyond guidance</source>
        <translation>Profundidad más allá de lo orientativo</translation>
    </message>
    <message>
        <source>No session open</source>
        <translation>Ninguna sesión abierta</translation>
    </message>
    <message>
        <source>Safety warnings</source>
        <translation>Avisos de seguridad</translation>
    </message>
    <message>
        <source>Guidance supports the clinician&apos;s judgement; it never replaces it.</source>
        <translation>Las orientaciones apoyan el criterio del profesional; nunca lo sustituyen.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Point {number}</source>
        <translation>Punto {number}</translation>
    </message>
    <message>
        <source>No safety warnings for this session.</source>
        <translation>No hay avisos de seguridad para esta sesión.</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 aviso</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} avisos</translation>
    </message>
    <message>
        <source>Precautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Precautions: </source>
        <translation>Precauciones: </translation>
    </message>
    <message>
        <source>Safet&amp;y ({count})</source>
        <translation>Se&amp;guridad ({count})</translation>
    </message>
    <message>
        <source>Safet&amp;y</source>
        <translation>Se&amp;guridad</translation>
    </message>
    <message>
        <source>Point {number} lies over:</source>
        <translation>El punto {number} está sobre:</translation>
    </message>
    <message>
        <source>Record {depth} mm as the depth you intended?</source>
        <translation>¿Registrar {depth} mm como la profundidad que pretendía?</translation>
    </message>
    <message>
        <source>Depth beyond the guidance</source>
        <translation>Profundidad más allá de lo orientativo</translation>
    </message>
</context>
<context>
    <name>ui.scheme_menu</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Colour sc&amp;heme</source>
        <translation>Es&amp;quema de colores</translation>
    </message>
</context>
<context>
    <name>ui.session_panel</name>
    <message>
        <source>No session open</source>
        <translation>Ninguna sesión abierta</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Adendas</translation>
    </message>
    <message>
        <source>Add a&amp;ddendum…</source>
        <translation>Añadir una ade&amp;nda…</translation>
    </message>
    <message>
        <source>A dated correction or addition, signed by you; the signed session itself stays as it was</source>
        <translation>Una corrección o ampliación con fecha, firmada por usted; la sesión firmada queda como estaba</translation>
    </message>
    <message>
        <source>Since the last visit</source>
        <translation>Desde la última visita</translation>
    </message>
    <message>
        <source>how it went since (bruise gone? soreness for how long?)</source>
        <translation>cómo fue desde entonces (¿desapareció el hematoma? ¿cuánto duraron las agujetas?)</translation>
    </message>
    <message>
        <source>Chief &amp;complaint</source>
        <translation>&amp;Motivo de consulta</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>Pain (NPRS 0-10)</source>
        <translation>Dolor (NPRS 0-10)</translation>
    </message>
    <message>
        <source>Pre-needling screen</source>
        <translation>Cribado previo a la punción</translation>
    </message>
    <message>
        <source>Screen: all &amp;no</source>
        <translation>Cribado: &amp;todo no</translation>
    </message>
    <message>
        <source>Answer every item still &apos;Not asked&apos; with No (a Yes is kept); Ctrl+Z undoes it</source>
        <translation>Responder No a cada elemento aún &apos;No preguntado&apos; (un Sí se mantiene); Ctrl+Z lo deshace</translation>
    </message>
    <message>
        <source>Confirm carried answers</source>
        <translation>Confirmar respuestas traídas</translation>
    </message>
    <message>
        <source>Answers shaded amber come from the patient&apos;s standing precautions: confirm them at this visit</source>
        <translation>Las respuestas sombreadas en ámbar vienen de las precauciones permanentes del paciente: confírmelas en esta visita</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Informed consen&amp;t obtained</source>
        <translation>&amp;Consentimiento informado obtenido</translation>
    </message>
    <message>
        <source>Adverse events after treatment</source>
        <translation>Eventos adversos tras el tratamiento</translation>
    </message>
    <message>
        <source>other adverse event</source>
        <translation>otro evento adverso</translation>
    </message>
    <message>
        <source>Afte&amp;rcare advice</source>
        <translation>&amp;Indicaciones tras el tratamiento</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>Follow-&amp;up</source>
        <translation>Seg&amp;uimiento</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>&amp;Sign session…</source>
        <translation>&amp;Firmar sesión…</translation>
    </message>
    <message>
        <source>Signing makes the session read-only; corrections after signing are addenda</source>
        <translation>Firmar deja la sesión en solo lectura; las correcciones tras la firma son adendas</translation>
    </message>
    <message>
        <source>Last visit: {text}.</source>
        <translation>Última visita: {text}.</translation>
    </message>
    <message>
        <source>No session open: choose a patient, then New session</source>
        <translation>Ninguna sesión abierta: elija un paciente y después Nueva sesión</translation>
    </message>
    <message>
        <source>Session of {date} — {clinician_name}</source>
        <translation>Sesión del {date} — {clinician_name}</translation>
    </message>
    <message>
        <source>Signed by {signed_by} on {date}: read-only. Corrections go in an addendum.</source>
        <translation>Firmada por {signed_by} el {date}: solo lectura. Las correcciones van en una adenda.</translation>
    </message>
    <message>
        <source>
Signed without {item}</source>
        <translation>
Firmada sin {item}</translation>
    </message>
    <message>
        <source>Draft: every change is saved as you make it.</source>
        <translation>Borrador: cada cambio se guarda al hacerlo.</translation>
    </message>
    <message>
        <source>Carried from {date}: confirm at this visit</source>
        <translation>Traída del {date}: confírmela en esta visita</translation>
    </message>
    <message>
        <source>Carried from an earlier visit: confirm at this visit</source>
        <translation>Traída de una visita anterior: confírmela en esta visita</translation>
    </message>
    <message>
        <source>Confirm carried answers ({carried})</source>
        <translation>Confirmar respuestas traídas ({carried})</translation>
    </message>
    <message>
        <source>INTEGRITY CHECK FAILED: this record was changed outside dn-bodymap.
</source>
        <translation>FALLO EN LA COMPROBACIÓN DE INTEGRIDAD: este registro se modificó fuera de dn-bodymap.
</translation>
    </message>
    <message>
        <source>Integrity verified</source>
        <translation>Integridad verificada</translation>
    </message>
    <message>
        <source> · content hash {hash}</source>
        <translation> · hash del contenido {hash}</translation>
    </message>
</context>
<context>
    <name>ui.signing</name>
    <message>
        <source>Add addendum</source>
        <translation>Añadir adenda</translation>
    </message>
    <message>
        <source>Sign and &amp;add</source>
        <translation>Firmar y &amp;añadir</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>No añadida</translation>
    </message>
    <message>
        <source>Session of {date}, signed by {signed_by}. The addendum is dated now and signed by {signature}; the signed session itself is not changed.</source>
        <translation>Sesión del {date}, firmada por {signed_by}. La adenda lleva la fecha de ahora y la firma {signature}; la sesión firmada no cambia.</translation>
    </message>
    <message>
        <source>The correction or addition, e.g. &apos;Phoned next day: headache gone.&apos;</source>
        <translation>La corrección o ampliación, p. ej. &apos;Llamó al día siguiente: sin cefalea.&apos;</translation>
    </message>
    <message>
        <source>Sign session</source>
        <translation>Firmar la sesión</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>No firmada</translation>
    </message>
    <message>
        <source>Sign this session as {signature}? A signed session is read-only; later corrections are added as dated addenda.</source>
        <translation>¿Firmar esta sesión como {signature}? Una sesión firmada es de solo lectura; las correcciones posteriores se añaden como adendas con fecha.</translation>
    </message>
    <message>
        <source>Everything the checklist looks for is recorded: consent, screening, pain before and after, each point&apos;s type.</source>
        <translation>Todo lo que busca la lista de comprobación está registrado: consentimiento, cribado, dolor antes y después, el tipo de cada punto.</translation>
    </message>
    <message>
        <source>✗ Required</source>
        <translation>✗ Obligatorio</translation>
    </message>
    <message>
        <source>! Recommended</source>
        <translation>! Recomendado</translation>
    </message>
    <message>
        <source>reason for signing without it (kept in the record)</source>
        <translation>motivo para firmar sin ello (queda en el registro)</translation>
    </message>
    <message>
        <source>&amp;Password of {name}</source>
        <translation>&amp;Contraseña de {name}</translation>
    </message>
    <message>
        <source>Cancel, record the required items (Session and Point tabs), then sign.</source>
        <translation>Cancele, registre los elementos obligatorios (pestañas Sesión y Punto) y después firme.</translation>
    </message>
    <message>
        <source>Record the missing items, or give a reason for each to sign without them.</source>
        <translation>Registre los elementos que faltan, o dé un motivo para cada uno para firmar sin ellos.</translation>
    </message>
    <message>
        <source>Open a draft session to sign it.</source>
        <translation>Abra una sesión en borrador para firmarla.</translation>
    </message>
    <message>
        <source>Session signed by {signature}.</source>
        <translation>Sesión firmada por {signature}.</translation>
    </message>
    <message>
        <source>Open a signed session to add an addendum to it.</source>
        <translation>Abra una sesión firmada para añadirle una adenda.</translation>
    </message>
    <message>
        <source>This session is a draft: edit it directly (addenda are for signed sessions).</source>
        <translation>Esta sesión es un borrador: edítela directamente (las adendas son para sesiones firmadas).</translation>
    </message>
    <message>
        <source>Addendum added and signed by {signature}.</source>
        <translation>Adenda añadida y firmada por {signature}.</translation>
    </message>
</context>
<context>
    <name>ui.site_field</name>
    <message>
        <source>Referral site</source>
        <translation>Sitio de dolor referido</translation>
    </message>
    <message>
        <source>Which of the muscle&apos;s trigger-point sites this point is: its referral zones are drawn from that site&apos;s pattern</source>
        <translation>Cuál de los sitios de punto gatillo del músculo es este punto: sus zonas de dolor referido se dibujan según el patrón de ese sitio</translation>
    </message>
    <message>
        <source>Nearest site</source>
        <translation>Sitio más cercano</translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>Elegido por usted.</translation>
    </message>
    <message>
        <source>Matched to the nearest site, but another is almost as near: choose the one you palpated.</source>
        <translation>Asignado al sitio más cercano, pero otro está casi igual de cerca: elija el que palpó.</translation>
    </message>
    <message>
        <source>Matched to the nearest site.</source>
        <translation>Asignado al sitio más cercano.</translation>
    </message>
    <message>
        <source>{how} Refers: {description}</source>
        <translation>{how} Refiere: {description}</translation>
    </message>
</context>
<context>
    <name>ui.undo</name>
    <message>
        <source>undo {change}</source>
        <translation>deshacer {change}</translation>
    </message>
    <message>
        <source>Add trigger point</source>
        <translation>Añadir punto gatillo</translation>
    </message>
    <message>
        <source>Delete point {number}</source>
        <translation>Eliminar el punto {number}</translation>
    </message>
    <message>
        <source>Edit point {number}</source>
        <translation>Editar el punto {number}</translation>
    </message>
    <message>
        <source>point {number}: {k}</source>
        <translation>punto {number}: {k}</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Editar la sesión</translation>
    </message>
</context>
<context>
    <name>ui.window_text</name>
    <message>
        <source>signed, read-only</source>
        <translation>firmada, solo lectura</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>{name} — {date} ({state}) — dn-bodymap {version}</source>
        <translation>{name} — {date} ({state}) — dn-bodymap {version}</translation>
    </message>
    <message>
        <source> (point {number})</source>
        <translation> (punto {number})</translation>
    </message>
    <message>
        <source>Signed in as {signature}. Your name and credentials come from your clinician account.</source>
        <translation>Sesión iniciada como {signature}. Su nombre y su titulación vienen de su cuenta de profesional.</translation>
    </message>
</context>
</TS>
